package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import java.time.Duration;
import java.time.Instant;

/**
 * What the monitor knows of one client at one moment; immutable, safe to hand to any thread.
 *
 * @param key the client
 * @param state its presence state
 * @param stateSince when it entered that state
 * @param offlineReason why it is offline; null unless offline
 * @param reportedStatus the status of its last heartbeat; null before the first one
 * @param lastSeen receive time of its last heartbeat; null before the first one
 * @param metrics counters of its last heartbeat; null before the first one
 * @param metadata the last metadata it reported; {@link Metadata#EMPTY} when none yet
 * @param version the version of its last heartbeat; null before the first one
 * @param clockSkew its clock minus ours at its last heartbeat; null before the first one
 * @param heartbeats heartbeats accepted from it since the monitor started
 * @param rejected heartbeats rejected from it since the monitor started
 * @param lastRejection the reason of the last rejected one, or null
 * @param restarts restarts seen since the monitor started
 * @param lastRestart when the last restart was seen, or null
 * @param sessionStart start of the open session, or null when there is none
 */
public record ClientSnapshot(
        ClientKey key,
        PresenceState state,
        Instant stateSince,
        OfflineReason offlineReason,
        ClientStatus reportedStatus,
        Instant lastSeen,
        Metrics metrics,
        Metadata metadata,
        String version,
        Duration clockSkew,
        long heartbeats,
        long rejected,
        String lastRejection,
        long restarts,
        Instant lastRestart,
        Instant sessionStart) {

    /** The name the client gave, or its id when it gave none. */
    public String displayName() {
        return metadata.name() != null && !metadata.name().isBlank() ? metadata.name() : key.client();
    }
}
