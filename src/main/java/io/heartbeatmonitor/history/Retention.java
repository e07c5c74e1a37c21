package io.heartbeatmonitor.history;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the history keeps each kind of record. Older records are deleted in the background
 * a little at a time, so pruning never holds up recording.
 *
 * @param minuteSamples per-minute metric samples
 * @param hourlySamples per-hour metric samples
 * @param sessions sessions, by their end; also monitor runs and connection outages, which say
 *        when the monitor was watching, and clients not seen for this long
 * @param stateChanges presence transitions
 * @param rejections rejected heartbeats
 */
public record Retention(
        Duration minuteSamples,
        Duration hourlySamples,
        Duration sessions,
        Duration stateChanges,
        Duration rejections) {

    /** Minutes 48 h, hours 90 days, sessions and changes a year, rejections 30 days. */
    public static final Retention DEFAULTS = new Retention(Duration.ofHours(48),
            Duration.ofDays(90), Duration.ofDays(365), Duration.ofDays(365), Duration.ofDays(30));

    public Retention {
        for (Duration keep : new Duration[] {minuteSamples, hourlySamples, sessions, stateChanges,
                rejections}) {
            Objects.requireNonNull(keep, "retention");
            if (!keep.isPositive()) {
                throw new IllegalArgumentException("a retention must be positive, got " + keep);
            }
        }
    }
}
