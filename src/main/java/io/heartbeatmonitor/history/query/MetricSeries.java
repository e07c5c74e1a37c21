package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import java.time.Duration;
import java.util.List;

/**
 * A client's metrics over a range, for a chart: per minute for ranges up to 48 hours while the
 * minute samples are kept, else per hour. A bucket without heartbeats has no point.
 */
public record MetricSeries(ClientKey key, TimeRange range, Duration resolution,
        List<MetricPoint> points) {

    public MetricSeries {
        points = List.copyOf(points);
    }
}
