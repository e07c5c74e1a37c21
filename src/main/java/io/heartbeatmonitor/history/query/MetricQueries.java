package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.history.db.HourRollup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

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
        long clientId = clientId(key);
        if (clientId != 0 && range.length().compareTo(LONGEST_MINUTE_SERIES) <= 0) {
            List<MetricPoint> minutes = minutes(clientId, range);
            if (!minutes.isEmpty()) {
                return new MetricSeries(key, range, MINUTE, minutes);
            }
        }
        List<MetricPoint> hours = clientId == 0 ? List.of() : hours(clientId, range);
        return new MetricSeries(key, range, HOUR, hours);
    }

    private long clientId(ClientKey key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM clients WHERE tenant = ? AND client = ?")) {
            query.setString(1, key.tenant());
            query.setString(2, key.client());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** The minute rows, found with one seek per minute of the range (see {@link HourRollup}). */
    private List<MetricPoint> minutes(long clientId, TimeRange range) throws SQLException {
        List<MetricPoint> points = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(HourRollup.MINUTES
                + "SELECT s.minute, s.heartbeats, s.sent, s.received, s.errors, s.uptime_s,"
                + " s.restarts FROM minutes m JOIN metric_minutes s ON s.minute = m.minute"
                + " AND s.client_id = ?3 ORDER BY s.minute")) {
            query.setLong(1, Math.floorDiv(range.fromMs(), MINUTE.toMillis()));
            query.setLong(2, Math.ceilDiv(range.toMs(), MINUTE.toMillis()));
            query.setLong(3, clientId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    points.add(point(rows, "minute", MINUTE));
                }
            }
        }
        return points;
    }

    /**
     * Hour rows of the hours the writer has folded, and the minute rows of later hours added up
     * the way the writer will fold them.
     */
    private List<MetricPoint> hours(long clientId, TimeRange range) throws SQLException {
        long fromHour = Math.floorDiv(range.fromMs(), HOUR.toMillis());
        long untilHour = Math.ceilDiv(range.toMs(), HOUR.toMillis());
        long unfolded = firstUnfoldedHour().orElse(Long.MAX_VALUE);
        SortedMap<Long, MetricPoint> byHour = new TreeMap<>();
        if (fromHour < unfolded) {
            try (PreparedStatement query = connection.prepareStatement("SELECT hour, heartbeats,"
                    + " sent, received, errors, uptime_s, restarts FROM metric_hours"
                    + " WHERE client_id = ? AND hour >= ? AND hour < ?")) {
                query.setLong(1, clientId);
                query.setLong(2, fromHour);
                query.setLong(3, Math.min(untilHour, unfolded));
                collectHours(query, byHour);
            }
        }
        if (unfolded < untilHour) {
            try (PreparedStatement query = connection.prepareStatement(HourRollup.SELECT)) {
                query.setLong(1, Math.max(fromHour, unfolded) * 60);
                query.setLong(2, untilHour * 60);
                query.setLong(3, clientId - 1);
                query.setLong(4, clientId);
                collectHours(query, byHour);
            }
        }
        return new ArrayList<>(byHour.values());
    }

    /**
     * The first hour the writer has not folded; empty for a file that no build which folds has
     * written, whose hour rows are all complete.
     */
    private OptionalLong firstUnfoldedHour() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT next_hour FROM hour_folds");
                ResultSet row = query.executeQuery()) {
            return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
        }
    }

    /** Runs a query of hour rows into {@code byHour}. */
    private static void collectHours(PreparedStatement query, SortedMap<Long, MetricPoint> byHour)
            throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                byHour.put(rows.getLong("hour"), point(rows, "hour", HOUR));
            }
        }
    }

    private static MetricPoint point(ResultSet row, String bucket, Duration width)
            throws SQLException {
        Instant start = Instant.ofEpochMilli(row.getLong(bucket) * width.toMillis());
        return new MetricPoint(start, width, row.getLong("heartbeats"), row.getLong("sent"),
                row.getLong("received"), row.getLong("errors"), Rows.nullableLong(row, "uptime_s"),
                row.getInt("restarts"));
    }
}
