package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceState;
import java.time.Instant;

/**
 * A stored presence transition.
 *
 * @param reason why the client went offline; null unless {@code state} is offline
 */
public record StateChangeRecord(ClientKey key, Instant at, PresenceState previous,
        PresenceState state, OfflineReason reason) implements TimelineEntry {
}
