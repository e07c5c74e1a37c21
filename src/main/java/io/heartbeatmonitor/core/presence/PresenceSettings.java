package io.heartbeatmonitor.core.presence;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing rules of one tenant.
 *
 * @param interval how often clients are expected to send a heartbeat
 * @param grace how much later than the interval a heartbeat may come before the client is late
 * @param timeout how long a silent client stays present before it is offline
 */
public record PresenceSettings(Duration interval, Duration grace, Duration timeout) {

    /** The protocol's numbers: a heartbeat every 30 s, offline after 90 s. */
    public static final PresenceSettings DEFAULTS =
            new PresenceSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(90));

    public PresenceSettings {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(grace, "grace");
        Objects.requireNonNull(timeout, "timeout");
        if (!interval.isPositive() || grace.isNegative() || !timeout.isPositive()) {
            throw new IllegalArgumentException("interval and timeout must be positive, grace not negative");
        }
        if (timeout.compareTo(interval) < 0) {
            throw new IllegalArgumentException("timeout (" + timeout + ") must not be shorter than the interval ("
                    + interval + ")");
        }
    }

    /** Silence after which a client counts as late. */
    public Duration lateAfter() {
        return interval.plus(grace);
    }
}
