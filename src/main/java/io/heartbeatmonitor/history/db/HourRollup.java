package io.heartbeatmonitor.history.db;

/**
 * One client's minute samples added up into hour samples, as SQL: the writer folds finished
 * hours with it, and readers use it for the hours not folded yet, so both get the same sums.
 * Counters are summed; the uptime is the last one reported in the hour, as when the hour row
 * was written minute by minute.
 */
public final class HourRollup {

    /**
     * A SELECT with the columns of a metric row ({@code client_id, hour, heartbeats, sent,
     * received, errors, uptime_s, restarts}) for one client's hours, one row per hour that has
     * minute rows, in no particular order. Its parameters: the client's row id, the first
     * minute, the minute to stop before.
     *
     * <p>The uptime relies on SQLite's rule for bare columns: in a query with exactly one
     * {@code max()} aggregate, they come from the row that holds the maximum, here the last
     * minute that reported an uptime. When no minute did, every row's uptime is null.
     */
    public static final String SELECT = """
            SELECT client_id, hour, heartbeats, sent, received, errors, uptime_s, restarts
            FROM (SELECT client_id, minute / 60 AS hour, sum(heartbeats) AS heartbeats,
                         sum(sent) AS sent, sum(received) AS received, sum(errors) AS errors,
                         sum(restarts) AS restarts,
                         max(CASE WHEN uptime_s IS NOT NULL THEN minute END), uptime_s
                  FROM metric_minutes
                  WHERE client_id = ? AND minute >= ? AND minute < ?
                  GROUP BY minute / 60)""";

    private HourRollup() {
    }
}
