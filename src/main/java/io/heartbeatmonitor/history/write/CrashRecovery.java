package io.heartbeatmonitor.history.write;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Tidies up after a monitor that did not stop cleanly (killed, crashed, power lost): its run
 * ends at its last sign of life, its open outage with it, and the sessions it left open end as
 * {@code monitor-stopped} at their last recorded heartbeat. The time from that sign of life to
 * the next run is then outside of any run, which readers show as not monitored.
 *
 * <p>Limitation: a crash loses what the writer held in memory, the samples of the running
 * minute and up to one sign-of-life period (5 s) of session progress, plus the time a pass
 * takes to write it (5,000 clients a second, so 20 s at 100,000 clients), because writing
 * progress at every heartbeat would cost a row write per heartbeat.
 *
 * @param crashedRuns runs that had not ended
 * @param closedSessions sessions that were still open
 * @param lastSignOfLife the last sign of life of the latest crashed run, or null
 */
public record CrashRecovery(int crashedRuns, int closedSessions, Instant lastSignOfLife) {

    /** Whether there was anything to tidy up. */
    public boolean foundCrash() {
        return crashedRuns > 0 || closedSessions > 0;
    }

    /** Runs the recovery within the caller's transaction. */
    public static CrashRecovery run(Connection connection) throws SQLException {
        Instant lastSignOfLife = lastSignOfLife(connection);
        try (Statement statement = connection.createStatement()) {
            int runs = statement.executeUpdate("UPDATE monitor_runs SET ended_ms = alive_ms,"
                    + " end_kind = 'crashed' WHERE ended_ms IS NULL");
            statement.executeUpdate("UPDATE connection_outages SET ended_ms = (SELECT r.ended_ms"
                    + " FROM monitor_runs r WHERE r.id = run_id) WHERE ended_ms IS NULL");
            int sessions = statement.executeUpdate("UPDATE sessions"
                    + " SET ended_ms = last_heartbeat_ms, end_reason = 'monitor-stopped'"
                    + " WHERE ended_ms IS NULL");
            return new CrashRecovery(runs, sessions, lastSignOfLife);
        }
    }

    private static Instant lastSignOfLife(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT max(alive_ms) FROM monitor_runs WHERE ended_ms IS NULL");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return null;
            }
            long millis = row.getLong(1);
            return row.wasNull() ? null : Instant.ofEpochMilli(millis);
        }
    }
}
