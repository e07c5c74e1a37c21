package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Metric series of one client, for charts. */
public final class MetricQueries {

    /** Ranges up to this long are drawn per minute, while the minute samples are kept. */
    public static final Duration LONGEST_MINUTE_SERIES = Duration.ofHours(48);

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final Connection connection;

    public MetricQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * The client's samples in the range, including the buckets the range only partly covers:
     * per minute when the range is at most {@link #LONGEST_MINUTE_SERIES} long and minute
     * samples of it are still kept, else per hour.
     */
    public MetricSeries series(ClientKey key, TimeRange range) throws SQLException {
        if (range.length().compareTo(LONGEST_MINUTE_SERIES) <= 0) {
            List<MetricPoint> minutes = points("metric_minutes", "minute", MINUTE, key, range);
            if (!minutes.isEmpty()) {
                return new MetricSeries(key, range, MINUTE, minutes);
            }
        }
        return new MetricSeries(key, range, HOUR, points("metric_hours", "hour", HOUR, key, range));
    }

    private List<MetricPoint> points(String table, String bucket, Duration width, ClientKey key,
            TimeRange range) throws SQLException {
        long widthMs = width.toMillis();
        List<MetricPoint> points = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT m." + bucket
                + " AS bucket, m.heartbeats, m.sent, m.received, m.errors, m.uptime_s, m.restarts"
                + " FROM clients c JOIN " + table + " m ON m.client_id = c.id"
                + " WHERE c.tenant = ? AND c.client = ? AND m." + bucket + " >= ? AND m." + bucket
                + " < ? ORDER BY m." + bucket)) {
            query.setString(1, key.tenant());
            query.setString(2, key.client());
            query.setLong(3, Math.floorDiv(range.fromMs(), widthMs));
            query.setLong(4, Math.ceilDiv(range.toMs(), widthMs));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Instant start = Instant.ofEpochMilli(rows.getLong("bucket") * widthMs);
                    points.add(new MetricPoint(start, width, rows.getLong("heartbeats"),
                            rows.getLong("sent"),
                            rows.getLong("received"), rows.getLong("errors"),
                            Rows.nullableLong(rows, "uptime_s"), rows.getInt("restarts")));
                }
            }
        }
        return points;
    }
}
