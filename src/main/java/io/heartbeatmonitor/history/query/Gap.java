package io.heartbeatmonitor.history.query;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time in which no monitor watched: shown as "not monitored", never as downtime
 * of the clients.
 *
 * @param start when watching stopped (or the start of the range asked for)
 * @param end when watching started again (or the end of the range asked for)
 */
public record Gap(Instant start, Instant end, GapCause cause) implements TimelineEntry {

    @Override
    public Instant at() {
        return start;
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
