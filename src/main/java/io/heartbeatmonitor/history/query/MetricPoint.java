package io.heartbeatmonitor.history.query;

import java.time.Duration;
import java.time.Instant;

/**
 * What a client did within one minute or one hour. Counters are increments within the bucket,
 * already corrected for restarts: after a restart the client's counters count from zero, so
 * they are never negative and never the whole history of a counter at once.
 *
 * @param uptimeSeconds the last uptime the client reported in the bucket, or null
 * @param restarts restarts seen in the bucket
 */
public record MetricPoint(Instant start, Duration width, long heartbeats, long sent,
        long received, long errors, Long uptimeSeconds, int restarts) {

    public double sentPerMinute() {
        return perMinute(sent);
    }

    public double receivedPerMinute() {
        return perMinute(received);
    }

    public double errorsPerMinute() {
        return perMinute(errors);
    }

    private double perMinute(long count) {
        return count * 60_000.0 / width.toMillis();
    }
}
