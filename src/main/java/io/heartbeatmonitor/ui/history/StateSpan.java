package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.presence.PresenceState;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time in which the monitor watched a client and saw it in one state.
 *
 * @param from the start, inclusive
 * @param to the end, exclusive
 * @param state the client's state
 */
public record StateSpan(Instant from, Instant to, PresenceState state) {

    public StateSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a span ends before it starts");
        }
    }
}
