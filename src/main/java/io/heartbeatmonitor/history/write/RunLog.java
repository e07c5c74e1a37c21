package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.ConnectionState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * This monitor run's rows in {@code monitor_runs} and {@code connection_outages}: when the
 * monitor was watching, and when it was running but had no NATS connection. Readers take the
 * time outside of runs and inside outages as "not monitored". A run begins with an outage that
 * lasts until the first connection.
 */
public final class RunLog implements AutoCloseable {

    private final long runId;
    private final PreparedStatement alive;
    private final PreparedStatement openOutage;
    private final PreparedStatement closeOutage;
    private final PreparedStatement end;

    private RunLog(Connection connection, long runId) throws SQLException {
        this.runId = runId;
        this.alive = connection.prepareStatement(
                "UPDATE monitor_runs SET alive_ms = ? WHERE id = ?");
        // Idempotent, so that no memory of an open outage has to survive a rolled-back batch.
        this.openOutage = connection.prepareStatement("INSERT INTO connection_outages (run_id,"
                + " started_ms) SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM connection_outages"
                + " WHERE run_id = ?1 AND ended_ms IS NULL)");
        this.closeOutage = connection.prepareStatement("UPDATE connection_outages SET ended_ms = ?"
                + " WHERE run_id = ? AND ended_ms IS NULL");
        this.end = connection.prepareStatement("UPDATE monitor_runs SET ended_ms = ?, alive_ms = ?,"
                + " end_kind = 'stopped' WHERE id = ?");
    }

    /**
     * Inserts a new run, not yet connected, within the caller's transaction.
     *
     * @param tenant the tenant the monitor watches, or null for every tenant
     */
    public static RunLog start(Connection connection, String tenant, long nowMs)
            throws SQLException {
        long runId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO monitor_runs"
                + " (tenant, started_ms, alive_ms) VALUES (?, ?, ?) RETURNING id")) {
            if (tenant == null) {
                insert.setNull(1, Types.VARCHAR);
            } else {
                insert.setString(1, tenant);
            }
            insert.setLong(2, nowMs);
            insert.setLong(3, nowMs);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                runId = row.getLong(1);
            }
        }
        RunLog run = new RunLog(connection, runId);
        run.outageStarts(nowMs);
        return run;
    }

    public long runId() {
        return runId;
    }

    /**
     * Opens or closes an outage as the connection goes down or comes back. A closed connection
     * opens none: the monitor closes it as it stops, and the end of the run follows at once.
     */
    void connectionChanged(ConnectionState state, long atMs) throws SQLException {
        if (state.isUp()) {
            closeOutage(atMs);
        } else if (state == ConnectionState.DISCONNECTED) {
            outageStarts(atMs);
        }
    }

    /** Marks the run as alive now; after a crash it is taken to have ended at the last mark. */
    void alive(long nowMs) throws SQLException {
        alive.setLong(1, nowMs);
        alive.setLong(2, runId);
        alive.executeUpdate();
    }

    /** Ends the run as stopped. */
    void end(long nowMs) throws SQLException {
        closeOutage(nowMs);
        end.setLong(1, nowMs);
        end.setLong(2, nowMs);
        end.setLong(3, runId);
        end.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        alive.close();
        openOutage.close();
        closeOutage.close();
        end.close();
    }

    private void outageStarts(long atMs) throws SQLException {
        openOutage.setLong(1, runId);
        openOutage.setLong(2, atMs);
        openOutage.executeUpdate();
    }

    private void closeOutage(long atMs) throws SQLException {
        closeOutage.setLong(1, atMs);
        closeOutage.setLong(2, runId);
        closeOutage.executeUpdate();
    }
}
