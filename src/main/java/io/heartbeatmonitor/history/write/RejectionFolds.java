package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.RejectReason;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a broken client from filling the disk: rejections of one subject for the same reason
 * within a minute of the first become one row with a count and the time of the last one.
 * Writer thread only.
 *
 * <p>Limitation: of the rejections folded into one row only the first one's detail and payload
 * excerpt are kept, because keeping each would be the flood the folding is there to stop.
 */
final class RejectionFolds {

    static final long WINDOW_MS = 60_000;
    /** Subjects followed at once; beyond it every rejection gets a row of its own. */
    private static final int MAX_FOLLOWED = 10_000;

    private final Map<String, Fold> folds = new HashMap<>();
    private final List<Fold> changed = new ArrayList<>();

    /** Stores a rejection as a new row or as one more of a recent row. */
    void record(HistoryEvent.HeartbeatRejected event, Statements statements) throws SQLException {
        String subject = event.rejection().subject();
        RejectReason reason = event.rejection().reason();
        Fold fold = folds.get(subject);
        if (fold != null && fold.reason == reason && event.atMs() >= fold.firstMs
                && event.atMs() - fold.firstMs < WINDOW_MS) {
            fold.count++;
            fold.lastMs = Math.max(fold.lastMs, event.atMs());
            if (!fold.changed) {
                fold.changed = true;
                changed.add(fold);
            }
            return;
        }
        long id = statements.insertRejection(event, excerpt(event.excerpt()));
        if (fold != null || folds.size() < MAX_FOLLOWED) {
            folds.put(subject, new Fold(id, reason, event.atMs()));
        }
    }

    /** Writes the counts that grew since the last call. */
    void writeCounts(Statements statements) throws SQLException {
        for (Fold fold : changed) {
            statements.foldRejection(fold.id, fold.lastMs, fold.count);
            fold.changed = false;
        }
        changed.clear();
    }

    /** Stops following rows whose minute is over. */
    void forgetBefore(long nowMs) {
        Iterator<Fold> all = folds.values().iterator();
        while (all.hasNext()) {
            Fold fold = all.next();
            if (nowMs - fold.firstMs >= WINDOW_MS && !fold.changed) {
                all.remove();
            }
        }
    }

    /** After a rollback the rows may not exist; start again with new ones. */
    void forgetAll() {
        folds.clear();
        changed.clear();
    }

    /** The payload's first bytes as text; what is not UTF-8 becomes replacement characters. */
    static String excerpt(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static final class Fold {
        final long id;
        final RejectReason reason;
        final long firstMs;
        long lastMs;
        long count = 1;
        boolean changed;

        Fold(long id, RejectReason reason, long firstMs) {
            this.id = id;
            this.reason = reason;
            this.firstMs = firstMs;
            this.lastMs = firstMs;
        }
    }
}
