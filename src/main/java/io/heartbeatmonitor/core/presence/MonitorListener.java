package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Rejection;
import java.time.Instant;

/**
 * Receives what the {@link PresenceTracker} decides.
 *
 * <p>Threading: every method is called on the thread that fed the tracker (a NATS dispatcher
 * thread for heartbeats, the monitor's ticker thread for timeouts) while the tracker holds its
 * lock, in the order the events happened. Implementations must return quickly and never block:
 * hand the event to a queue of your own. An exception thrown here is logged by the caller and
 * does not stop the tracker.
 */
public interface MonitorListener {

    /** A client entered a new state. */
    default void onPresenceChange(PresenceChange change) {
    }

    /** A client's first heartbeat after being offline or unknown opened a session. */
    default void onSessionStarted(Session session) {
    }

    /** A session ended; {@link Session#end()} and {@link Session#endReason()} are set. */
    default void onSessionEnded(Session session) {
    }

    /**
     * A valid heartbeat was applied.
     *
     * @param heartbeat the heartbeat, whose key is the tracker's own instance for the client, the
     *        same in every callback about it; keep that one rather than a copy
     * @param payload the raw message body; do not modify it
     * @param receivedAt the wall-clock receive time
     */
    default void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
    }

    /**
     * A heartbeat was rejected.
     *
     * @param payload the raw message body; do not modify it
     */
    default void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
    }

    /** The monitor's own NATS connection changed. */
    default void onConnection(ConnectionState state, Instant at) {
    }
}
