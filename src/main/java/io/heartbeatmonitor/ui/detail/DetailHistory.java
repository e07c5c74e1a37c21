package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.ui.history.Availability;
import io.heartbeatmonitor.ui.history.ClientHistory;
import io.heartbeatmonitor.ui.history.MinuteMetrics;
import io.heartbeatmonitor.ui.history.RawHeartbeat;
import io.heartbeatmonitor.ui.history.RejectedHeartbeat;
import io.heartbeatmonitor.ui.history.StateSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything the detail shows from the history for one client, loaded in one go off the FX thread.
 *
 * @param key the client
 * @param from the start of the day shown in the timeline and the day chart
 * @param to when it was loaded
 * @param availability over 24 hours, 7 days and 30 days
 * @param day per-minute counters of the last 24 hours
 * @param timeline states of the last 24 hours; uncovered time was not monitored
 * @param sessions the latest sessions, newest first
 * @param heartbeats the latest raw heartbeats, newest first
 * @param rejections the latest rejected heartbeats, newest first
 */
public record DetailHistory(
        ClientKey key,
        Instant from,
        Instant to,
        List<Availability> availability,
        List<MinuteMetrics> day,
        List<StateSpan> timeline,
        List<Session> sessions,
        List<RawHeartbeat> heartbeats,
        List<RejectedHeartbeat> rejections) {

    /** The windows of availability, in the order shown. */
    public static final List<Duration> WINDOWS =
            List.of(Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(30));
    /** The span of the timeline and the day chart. */
    public static final Duration DAY = Duration.ofHours(24);

    static final int SESSIONS = 50;
    static final int HEARTBEATS = 10;
    static final int REJECTIONS = 50;

    /** Asks {@code history} everything; blocks, so never call it on the FX thread. */
    static DetailHistory load(ClientHistory history, ClientKey key, Instant now) {
        Instant from = now.minus(DAY);
        return new DetailHistory(key, from, now,
                WINDOWS.stream().map(window -> history.availability(key, window, now)).toList(),
                history.minuteMetrics(key, from, now),
                history.stateTimeline(key, from, now),
                history.sessions(key, SESSIONS),
                history.lastHeartbeats(key, HEARTBEATS),
                history.rejections(key, REJECTIONS));
    }
}
