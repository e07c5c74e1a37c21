package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.presence.EndReason;
import java.time.Duration;
import java.time.Instant;

/**
 * A stored session.
 *
 * @param end when it ended, or null while it is open
 * @param endReason why it ended, or null while it is open
 * @param lastHeartbeat the last heartbeat stored for it
 * @param heartbeats its heartbeats; for an open session, as of the last periodic write
 */
public record SessionRecord(ClientKey key, Instant start, Instant end, EndReason endReason,
        Instant lastHeartbeat, long heartbeats, ClientStatus worstStatus, String version) {

    public boolean isOpen() {
        return end == null;
    }

    /** How long it lasted, or has lasted until {@code now} while open. */
    public Duration duration(Instant now) {
        return Duration.between(start, end != null ? end : now);
    }
}
