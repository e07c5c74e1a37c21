package io.heartbeatmonitor.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a client sends its next heartbeat: a delay drawn evenly between a shortest and a longest
 * one, so that a fleet started together does not publish in lock step.
 *
 * @param shortest the smallest delay between two heartbeats
 * @param longest the largest delay; equal to {@code shortest} for no jitter
 */
public record HeartbeatSchedule(Duration shortest, Duration longest) {

    /** The protocol's recommendation: every 25 to 28 seconds, under its 30 second requirement. */
    public static final HeartbeatSchedule RECOMMENDED = forInterval(Duration.ofSeconds(30));

    public HeartbeatSchedule {
        Objects.requireNonNull(shortest, "shortest");
        Objects.requireNonNull(longest, "longest");
        if (!shortest.isPositive() || longest.compareTo(shortest) < 0) {
            throw new IllegalArgumentException("need 0 < shortest <= longest, got " + shortest + " and " + longest);
        }
    }

    /**
     * The schedule for a required interval, scaled like the protocol's 25-28 s for 30 s: between
     * 5/6 and 14/15 of it, leaving room for network latency.
     */
    public static HeartbeatSchedule forInterval(Duration required) {
        long nanos = required.toNanos();
        return new HeartbeatSchedule(Duration.ofNanos(nanos / 6 * 5), Duration.ofNanos(nanos / 15 * 14));
    }

    /** The next delay. */
    public Duration nextDelay() {
        long low = shortest.toNanos();
        long high = longest.toNanos();
        return Duration.ofNanos(low == high ? low : ThreadLocalRandom.current().nextLong(low, high + 1));
    }
}
