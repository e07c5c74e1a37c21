package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.history.Retention;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletes what is older than the retention, one small step at a time so that the writer can
 * take in events between steps: a step handles ten thousand minute samples, the rows of a
 * hundred clients, or a thousand rejections. Minute samples, keyed by time, are taken off the
 * start of their table; the other per-client deletes run along the primary keys, so no table
 * needs an extra index by time alone. Writer thread only.
 *
 * <p>Limitation: the file does not shrink after pruning; the freed pages are reused for new
 * records, because giving them back (VACUUM) would rewrite the file and hold up the writer.
 */
final class Pruner implements AutoCloseable {

    private static final int CLIENTS_PER_STEP = 100;
    private static final int ROWS_PER_STEP = 1_000;
    private static final int MINUTES_PER_STEP = 10_000;

    private enum Phase { MINUTES, PER_CLIENT, REJECTIONS, RUNS, FORGOTTEN_CLIENTS, RAW_SLOTS, DONE }

    private final Retention retention;
    private final int rawPerClient;
    private final ClientBook book;
    private final HourFolder folder;
    private final PreparedStatement nextClients;
    private final PreparedStatement minutes;
    private final PreparedStatement hours;
    private final PreparedStatement sessions;
    private final PreparedStatement changes;
    private final PreparedStatement rejections;
    private final PreparedStatement runs;
    private final PreparedStatement staleClients;
    private final PreparedStatement deleteClient;
    private final PreparedStatement rawSlots;

    private Phase phase = Phase.DONE;
    private long cursor;
    private long nowMs;
    private long deleted;

    Pruner(Connection connection, Retention retention, int rawPerClient, ClientBook book,
            HourFolder folder) throws SQLException {
        this.retention = retention;
        this.rawPerClient = rawPerClient;
        this.book = book;
        this.folder = folder;
        nextClients = connection.prepareStatement(
                "SELECT id FROM clients WHERE id > ? ORDER BY id LIMIT " + CLIENTS_PER_STEP);
        minutes = connection.prepareStatement("DELETE FROM metric_minutes WHERE (minute, client_id)"
                + " IN (SELECT minute, client_id FROM metric_minutes WHERE minute < ?"
                + " ORDER BY minute, client_id LIMIT " + MINUTES_PER_STEP + ")");
        hours = connection.prepareStatement(
                "DELETE FROM metric_hours WHERE client_id = ? AND hour < ?");
        sessions = connection.prepareStatement(
                "DELETE FROM sessions WHERE client_id = ? AND ended_ms < ?");
        changes = connection.prepareStatement(
                "DELETE FROM state_changes WHERE client_id = ? AND at_ms < ?");
        rejections = connection.prepareStatement("DELETE FROM rejections WHERE id IN (SELECT id"
                + " FROM rejections WHERE first_ms < ? ORDER BY first_ms LIMIT " + ROWS_PER_STEP
                + ")");
        runs = connection.prepareStatement("DELETE FROM monitor_runs WHERE ended_ms < ?");
        staleClients = connection.prepareStatement("SELECT id FROM clients WHERE id > ?"
                + " AND last_seen_ms < ? ORDER BY id LIMIT " + CLIENTS_PER_STEP);
        deleteClient = connection.prepareStatement("DELETE FROM clients WHERE id = ?");
        rawSlots = connection.prepareStatement("DELETE FROM raw_heartbeats WHERE slot >= ?");
    }

    /** Whether a pass is under way. */
    boolean hasWork() {
        return phase != Phase.DONE;
    }

    /** Starts a pass with the cut-offs of {@code now}. */
    void startPass(long now) {
        nowMs = now;
        cursor = 0;
        deleted = 0;
        phase = Phase.MINUTES;
    }

    /** Abandons the pass, after a step failed; the next pass starts afresh. */
    void abandon() {
        phase = Phase.DONE;
    }

    /**
     * Does one bounded step in the caller's transaction.
     *
     * @return rows deleted in the pass so far, once the pass is over; -1 while it goes on
     */
    long step() throws SQLException {
        switch (phase) {
            case MINUTES -> minuteStep();
            case PER_CLIENT -> perClientStep();
            case REJECTIONS -> rejectionStep();
            case RUNS -> {
                runs.setLong(1, nowMs - retention.sessions().toMillis());
                deleted += runs.executeUpdate();
                next(Phase.FORGOTTEN_CLIENTS);
            }
            case FORGOTTEN_CLIENTS -> forgottenClientStep();
            case RAW_SLOTS -> {
                rawSlots.setInt(1, rawPerClient);
                deleted += rawSlots.executeUpdate();
                next(Phase.DONE);
            }
            case DONE -> {
                return deleted;
            }
        }
        return phase == Phase.DONE ? deleted : -1;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {nextClients, minutes, hours,
                sessions, changes, rejections, runs, staleClients, deleteClient, rawSlots}) {
            statement.close();
        }
    }

    private void perClientStep() throws SQLException {
        List<Long> ids = ids(nextClients, cursor);
        for (long id : ids) {
            deleted += delete(hours, id, bucket(retention.hourlySamples(), 3_600_000));
            deleted += delete(sessions, id, cutoff(retention.sessions()));
            deleted += delete(changes, id, cutoff(retention.stateChanges()));
            cursor = id;
        }
        if (ids.size() < CLIENTS_PER_STEP) {
            next(Phase.REJECTIONS);
        }
    }

    private void minuteStep() throws SQLException {
        minutes.setLong(1, firstMinuteToKeep());
        int count = minutes.executeUpdate();
        deleted += count;
        if (count < MINUTES_PER_STEP) {
            next(Phase.PER_CLIENT);
        }
    }

    private void rejectionStep() throws SQLException {
        rejections.setLong(1, cutoff(retention.rejections()));
        int count = rejections.executeUpdate();
        deleted += count;
        if (count < ROWS_PER_STEP) {
            next(Phase.RUNS);
        }
    }

    /** Clients not seen for as long as sessions are kept go, with whatever is left of them. */
    private void forgottenClientStep() throws SQLException {
        staleClients.setLong(2, cutoff(retention.sessions()));
        List<Long> ids = ids(staleClients, cursor);
        for (long id : ids) {
            if (!book.isActive(id)) {
                deleteClient.setLong(1, id);
                deleted += deleteClient.executeUpdate();
            }
            cursor = id;
        }
        if (ids.size() < CLIENTS_PER_STEP) {
            next(Phase.RAW_SLOTS);
        }
    }

    private void next(Phase following) {
        phase = following;
        cursor = 0;
    }

    /** Minutes of an hour not folded yet stay, however short their retention. */
    private long firstMinuteToKeep() {
        return Math.min(bucket(retention.minuteSamples(), 60_000), folder.firstUnfoldedMinute());
    }

    /** The first metric bucket to keep. */
    private long bucket(Duration keep, long bucketMillis) {
        return Math.floorDiv(cutoff(keep), bucketMillis);
    }

    private long cutoff(Duration keep) {
        return nowMs - keep.toMillis();
    }

    private static int delete(PreparedStatement statement, long clientId, long before)
            throws SQLException {
        statement.setLong(1, clientId);
        statement.setLong(2, before);
        return statement.executeUpdate();
    }

    private static List<Long> ids(PreparedStatement query, long after) throws SQLException {
        query.setLong(1, after);
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
