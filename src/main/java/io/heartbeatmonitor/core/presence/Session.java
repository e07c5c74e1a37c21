package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import java.time.Instant;

/**
 * One stretch of presence of a client: from its first heartbeat to offline.
 *
 * @param key the client
 * @param start when the first heartbeat of the session arrived
 * @param end when the session ended, or null while it is open
 * @param endReason why it ended, or null while it is open
 * @param heartbeats heartbeats received in the session so far
 * @param worstStatus the worst status the client reported in it
 * @param version the version the client reported at the start
 */
public record Session(
        ClientKey key,
        Instant start,
        Instant end,
        EndReason endReason,
        long heartbeats,
        ClientStatus worstStatus,
        String version) {

    /** Whether the session is still running. */
    public boolean isOpen() {
        return end == null;
    }
}
