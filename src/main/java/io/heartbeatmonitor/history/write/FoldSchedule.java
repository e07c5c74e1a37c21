package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.history.db.DatabaseFile;
import io.heartbeatmonitor.history.db.Sql;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the writer folds hours: a pass starts once a finished hour is due, and goes on a slice
 * of clients at a time at a bounded rate, each slice in a transaction of its own between the
 * writer's batches. Writer thread only.
 */
final class FoldSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(FoldSchedule.class);
    /**
     * Clients whose finished hours are folded per second at most. A client's hour costs about
     * 30 µs to fold (see {@code HourFoldBenchmark}), so 100,000 clients are folded in 50 s with
     * 6% of a core; written minute by minute, the same hour rows had cost about 2 µs each, 60
     * times an hour.
     */
    private static final int FOLDS_PER_SECOND = 2_000;
    /** Slices of at least a tenth of a second's worth, like the writer's progress. */
    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Clients folded per transaction when a flush asks for everything. */
    private static final int FOLDS_PER_FLUSH_STEP = 1_000;
    /** After a failed fold, the next try waits this long, so a broken file is not hammered. */
    private static final long RETRY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final HourFolder hours;
    private final Statement control;
    private final MonitorClock clock;
    private final Path file;
    private final Runnable passDone;

    private long foldedNanos;
    private long nextTryNanos = System.nanoTime();

    /**
     * @param passDone told when a pass is over, on the writer thread
     */
    FoldSchedule(HourFolder hours, Statement control, MonitorClock clock, Path file,
            Runnable passDone) {
        this.hours = hours;
        this.control = control;
        this.clock = clock;
        this.file = file;
        this.passDone = passDone;
    }

    /** Folds the next slice of clients, as the rate allows, when a finished hour waits. */
    void foldIfDue() {
        long now = System.nanoTime();
        if (!hours.isActive()) {
            long nowMs = clock.now().toEpochMilli();
            if (hours.millisUntilDue(nowMs) > 0 || now - nextTryNanos < 0) {
                return;
            }
            hours.startPass(nowMs);
            foldedNanos = now;
        }
        long elapsed = Math.min(now - foldedNanos, TimeUnit.SECONDS.toNanos(1));
        int allowed = (int) (elapsed * FOLDS_PER_SECOND / TimeUnit.SECONDS.toNanos(1));
        if (elapsed >= SLICE_NANOS && allowed > 0) {
            step(allowed);
            foldedNanos = now;
        }
    }

    /** Folds every hour that is due at once, for a flush: whoever flushes reads next. */
    void foldEverythingDue() {
        long nowMs = clock.now().toEpochMilli();
        if (!hours.isActive() && hours.millisUntilDue(nowMs) == 0) {
            hours.startPass(nowMs);
        }
        while (hours.isActive() && step(FOLDS_PER_FLUSH_STEP)) {
            // Steps of their own, so that no transaction grows with the fleet.
        }
    }

    /** How long the writer may wait for events before {@link #foldIfDue} has work. */
    long nanosUntilWork(long now, long nowMs) {
        if (hours.isActive()) {
            return foldedNanos + SLICE_NANOS - now;
        }
        long untilDue = TimeUnit.MILLISECONDS.toNanos(hours.millisUntilDue(nowMs));
        return Math.max(untilDue, nextTryNanos - now);
    }

    /** Folds one step in its own transaction; false when it failed and the pass was given up. */
    private boolean step(int clients) {
        try {
            control.execute("BEGIN IMMEDIATE");
            hours.step(clients);
            control.execute("COMMIT");
            hours.committed();
            if (!hours.isActive()) {
                passDone.run();
            }
            return true;
        } catch (SQLException e) {
            Sql.rollbackQuietly(control, e);
            hours.abandon();
            nextTryNanos = System.nanoTime() + RETRY_NANOS;
            LOG.warn("Folding minute samples into hours failed; they stay readable per minute,"
                    + " and folding is tried again in a minute: {}",
                    DatabaseFile.explain(file, e).getMessage(), e);
            return false;
        }
    }
}
