package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.query.ClientAvailability;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.Gap;
import io.heartbeatmonitor.history.query.MetricPoint;
import io.heartbeatmonitor.history.query.MetricQueries;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.StateChangeRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import io.heartbeatmonitor.history.query.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ClientHistory} read from the history database, so the detail shows what happened
 * before this window was opened as well as since. The monitor records into the same file
 * through its writer; what it saw in the last second or so may not be readable yet.
 *
 * <p>A database that cannot be read gives empty answers and one warning per kind of problem in
 * the log, so a damaged file leaves the live view working.
 */
public final class StoredHistory implements ClientHistory {

    private static final Logger LOG = LoggerFactory.getLogger(StoredHistory.class);

    private final HistoryReader reader;
    private final Set<String> problemsLogged = ConcurrentHashMap.newKeySet();

    /** Answers from {@code reader}, which stays owned by the caller. */
    public StoredHistory(HistoryReader reader) {
        this.reader = reader;
    }

    @Override
    public Availability availability(ClientKey key, Duration window, Instant now) {
        List<ClientAvailability> rows =
                read(() -> reader.availability(ClientFilter.client(key), TimeRange.last(window, now)));
        if (rows.isEmpty()) {
            return new Availability(window, Duration.ZERO, Duration.ZERO);
        }
        ClientAvailability row = rows.get(0);
        Duration present = row.present().compareTo(row.monitored()) > 0 ? row.monitored() : row.present();
        return new Availability(window, row.monitored(), present);
    }

    @Override
    public List<MinuteMetrics> minuteMetrics(ClientKey key, Instant from, Instant to) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MetricQueries.LONGEST_MINUTE_SERIES) > 0) {
            return List.of();
        }
        List<MetricPoint> points = read(() -> reader.metrics(key, new TimeRange(from, to)).points());
        List<MinuteMetrics> minutes = new ArrayList<>(points.size());
        for (MetricPoint point : points) {
            minutes.add(new MinuteMetrics(point.start(), point.sent(), point.received(), point.errors()));
        }
        return minutes;
    }

    /**
     * Builds spans from the stored transitions: each stretch takes the state the transition at
     * its end left, so a span needs no guess about the state between two stored changes. A gap
     * in monitoring interrupts the spans; after it the state carries on until the next change
     * says otherwise.
     */
    @Override
    public List<StateSpan> stateTimeline(ClientKey key, Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        TimeRange range = new TimeRange(from, to);
        List<TimelineEntry> entries = read(() -> reader.timeline(ClientFilter.client(key), range));
        PresenceState before = readOrNull(() -> reader.stateBefore(key, from));
        List<StateSpan> spans = new ArrayList<>();
        Instant cursor = from;
        PresenceState current = before;
        for (TimelineEntry entry : entries) {
            if (entry instanceof StateChangeRecord change) {
                addSpan(spans, cursor, change.at(), change.previous());
                cursor = change.at();
                current = change.state();
            } else if (entry instanceof Gap gap) {
                addSpan(spans, cursor, gap.start(), current);
                cursor = gap.end().isAfter(cursor) ? gap.end() : cursor;
            }
        }
        addSpan(spans, cursor, to, current);
        return spans;
    }

    private static void addSpan(List<StateSpan> spans, Instant from, Instant to, PresenceState state) {
        if (state != null && to.isAfter(from)) {
            spans.add(new StateSpan(from, to, state));
        }
    }

    @Override
    public List<Session> sessions(ClientKey key, int limit) {
        List<SessionRecord> records = read(() -> reader.latestSessions(key, limit));
        List<Session> sessions = new ArrayList<>(records.size());
        for (SessionRecord record : records) {
            sessions.add(new Session(record.key(), record.start(), record.end(), record.endReason(),
                    record.heartbeats(), record.worstStatus(), record.version()));
        }
        // An open session comes first whatever its start, as the detail's table expects.
        sessions.sort((a, b) -> Boolean.compare(b.isOpen(), a.isOpen()));
        return sessions;
    }

    @Override
    public List<RawHeartbeat> lastHeartbeats(ClientKey key, int limit) {
        List<io.heartbeatmonitor.history.query.RawHeartbeat> stored = read(() -> reader.recentHeartbeats(key));
        List<RawHeartbeat> heartbeats = new ArrayList<>();
        for (io.heartbeatmonitor.history.query.RawHeartbeat heartbeat : stored) {
            if (heartbeats.size() == limit) {
                break;
            }
            String text = heartbeat.isCut() ? heartbeat.text() + " \u2026 (cut at " + heartbeat.payload().length
                    + " of " + heartbeat.payloadBytes() + " bytes)" : heartbeat.text();
            heartbeats.add(new RawHeartbeat(heartbeat.receivedAt(), text));
        }
        return heartbeats;
    }

    @Override
    public List<RejectedHeartbeat> rejections(ClientKey key, int limit) {
        List<io.heartbeatmonitor.history.query.RejectedHeartbeat> stored =
                read(() -> reader.latestRejections(ClientFilter.client(key), limit));
        List<RejectedHeartbeat> rejections = new ArrayList<>(stored.size());
        for (io.heartbeatmonitor.history.query.RejectedHeartbeat row : stored) {
            RejectReason reason = reason(row.reason());
            if (reason == null) {
                continue;
            }
            String detail = row.count() > 1 ? row.detail() + " (" + row.count() + " times within a minute)"
                    : row.detail();
            rejections.add(new RejectedHeartbeat(row.last(), reason, detail, row.excerpt()));
        }
        return rejections;
    }

    private static RejectReason reason(String code) {
        for (RejectReason reason : RejectReason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        return null;
    }

    /** A query against the file that may fail. */
    @FunctionalInterface
    private interface Read<T> {
        T run() throws HistoryException;
    }

    private <T> List<T> read(Read<List<T>> query) {
        List<T> rows = readOrNull(query);
        return rows == null ? List.of() : rows;
    }

    private <T> T readOrNull(Read<T> query) {
        try {
            return query.run();
        } catch (HistoryException e) {
            if (problemsLogged.add(e.getMessage())) {
                LOG.warn("The detail shows no history: {}", e.getMessage());
            }
            return null;
        }
    }
}
