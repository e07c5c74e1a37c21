package io.heartbeatmonitor.ui.history;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A client's presence over one window of time.
 *
 * @param window the length of the window, such as 24 hours
 * @param monitored how much of the window the monitor was watching with a NATS connection
 * @param online how much of the monitored time the client had an open session
 */
public record Availability(Duration window, Duration monitored, Duration online) {

    public Availability {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(monitored, "monitored");
        Objects.requireNonNull(online, "online");
        if (online.compareTo(monitored) > 0) {
            throw new IllegalArgumentException("online time exceeds the monitored time");
        }
    }

    /** The share of the monitored time the client was online; empty when nothing was monitored. */
    public OptionalDouble share() {
        return monitored.isZero() ? OptionalDouble.empty()
                : OptionalDouble.of((double) online.toMillis() / monitored.toMillis());
    }
}
