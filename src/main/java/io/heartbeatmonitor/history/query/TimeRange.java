package io.heartbeatmonitor.history.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time, from inclusive to exclusive.
 */
public record TimeRange(Instant from, Instant to) {

    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a range must end after it starts: " + from
                    + " to " + to);
        }
    }

    /** The {@code length} of time up to {@code end}. */
    public static TimeRange last(Duration length, Instant end) {
        return new TimeRange(end.minus(length), end);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    long fromMs() {
        return from.toEpochMilli();
    }

    long toMs() {
        return to.toEpochMilli();
    }
}
