package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import java.time.Instant;

/**
 * One transition of a client's state.
 *
 * @param key the client
 * @param at when the monitor made the transition
 * @param previous the state before
 * @param state the state after
 * @param reason why the client is offline; null unless {@code state} is offline
 */
public record PresenceChange(
        ClientKey key, Instant at, PresenceState previous, PresenceState state, OfflineReason reason) {
}
