package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.presence.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the client detail asks of the past. The detail calls it on a background thread, never on
 * the FX thread: an implementation may read a database and take its time. Implementations are
 * thread-safe. Every list is oldest first unless said otherwise, and a client the history does
 * not know gets empty answers, never an exception.
 */
public interface ClientHistory {

    /**
     * How long the client was online during the {@code window} that ends at {@code now}, and how
     * much of that window the monitor was watching at all.
     */
    Availability availability(ClientKey key, Duration window, Instant now);

    /** Messages sent, received and errors per minute from {@code from} to {@code to}. */
    List<MinuteMetrics> minuteMetrics(ClientKey key, Instant from, Instant to);

    /**
     * The client's states from {@code from} to {@code to}, cut to that range. Time covered by no
     * span was not monitored: the monitor was not running or had no NATS connection.
     */
    List<StateSpan> stateTimeline(ClientKey key, Instant from, Instant to);

    /** The client's last {@code limit} sessions, newest first; an open session comes first. */
    List<Session> sessions(ClientKey key, int limit);

    /** The client's last {@code limit} accepted heartbeats as received, newest first. */
    List<RawHeartbeat> lastHeartbeats(ClientKey key, int limit);

    /** The client's last {@code limit} rejected heartbeats, newest first. */
    List<RejectedHeartbeat> rejections(ClientKey key, int limit);
}
