package io.heartbeatmonitor.history.db;

/**
 * Minute samples added up into hour samples, as SQL: the writer folds finished hours with it,
 * and readers use it for the hours not folded yet, so both get the same sums. Counters are
 * summed; the uptime is the last one reported in the hour, as when the hour row was written
 * minute by minute.
 */
public final class HourRollup {

    /**
     * The minutes from {@code ?1} up to {@code ?2}, one row each, to be joined with the minute
     * table: keyed by time first, it finds a few clients' rows with one seek per minute, where a
     * range of minutes would be read for every client.
     */
    public static final String MINUTES = """
            WITH RECURSIVE minutes(minute) AS (
                SELECT ?1 WHERE ?1 < ?2
                UNION ALL SELECT minute + 1 FROM minutes WHERE minute + 1 < ?2)
            """;

    /**
     * A SELECT with the columns of a metric row ({@code client_id, hour, heartbeats, sent,
     * received, errors, uptime_s, restarts}), one row per client and hour that has minute
     * rows, in no particular order. Its parameters: the first minute, the minute to stop
     * before, and the clients as a range of row ids, after {@code ?3} up to {@code ?4}.
     *
     * <p>The uptime relies on SQLite's rule for bare columns: in a query with exactly one
     * {@code max()} aggregate, they come from the row that holds the maximum, here the last
     * minute that reported an uptime. When no minute did, every row's uptime is null.
     */
    public static final String SELECT = MINUTES + """
            SELECT client_id, hour, heartbeats, sent, received, errors, uptime_s, restarts
            FROM (SELECT s.client_id, s.minute / 60 AS hour, sum(s.heartbeats) AS heartbeats,
                         sum(s.sent) AS sent, sum(s.received) AS received,
                         sum(s.errors) AS errors, sum(s.restarts) AS restarts,
                         max(CASE WHEN s.uptime_s IS NOT NULL THEN s.minute END), s.uptime_s
                  FROM minutes m
                  JOIN metric_minutes s ON s.minute = m.minute
                      AND s.client_id > ?3 AND s.client_id <= ?4
                  GROUP BY s.client_id, s.minute / 60)""";

    private HourRollup() {
    }
}
