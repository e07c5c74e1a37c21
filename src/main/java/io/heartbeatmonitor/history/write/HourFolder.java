package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.history.db.HourRollup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Folds finished hours of minute samples into the hour table, a slice of clients at a time.
 * A minute's turn then writes one row per client instead of two, and an hour's rows are
 * written once, each by SQLite adding up its client's sixty minute rows in one statement per
 * slice.
 *
 * <p>The table {@code hour_folds} holds the first hour not folded yet. Hours before it are
 * complete in the hour table; from it on, readers add the minutes up themselves. A fold
 * replaces hour rows with the sums of the minute rows, so a pass cut short by a failure or a
 * crash is simply done again, and a sample that arrives late for a folded hour (after the
 * wall clock was set back) has its client's hour folded again. Writer thread only.
 */
final class HourFolder implements AutoCloseable {

    /**
     * How long after an hour ends its fold begins: the minute's turn has been written by then,
     * and heartbeats of the hour still queued have arrived.
     */
    static final long DELAY_MS = 120_000;

    private static final long HOUR_MS = 3_600_000;

    private final PreparedStatement readMark;
    private final PreparedStatement insertMark;
    private final PreparedStatement updateMark;
    private final PreparedStatement slice;
    private final PreparedStatement fold;

    /** The first hour not folded, as committed. */
    private long nextHour;
    private boolean active;
    /** The hour the pass under way folds up to, not included. */
    private long untilHour;
    /** The last client folded in the pass under way. */
    private long cursor;
    /** Whether the pass's last step is written and waits for its commit. */
    private boolean finished;

    /**
     * Reads how far folding has gone. A file without a mark comes from a build that wrote the
     * hour rows minute by minute: the hours before this one are complete, and this one is
     * folded like any other, from all of its minutes.
     */
    HourFolder(Connection connection, long nowMs) throws SQLException {
        readMark = connection.prepareStatement("SELECT next_hour FROM hour_folds");
        insertMark = connection.prepareStatement(
                "INSERT INTO hour_folds (id, next_hour) VALUES (1, ?)");
        updateMark = connection.prepareStatement("UPDATE hour_folds SET next_hour = ?");
        slice = connection.prepareStatement("SELECT count(*), max(id) FROM (SELECT id"
                + " FROM clients WHERE id > ? ORDER BY id LIMIT ?)");
        fold = connection.prepareStatement("INSERT INTO metric_hours (client_id, hour, heartbeats,"
                + " sent, received, errors, uptime_s, restarts) SELECT * FROM (" + HourRollup.SELECT
                + ") WHERE true ON CONFLICT (client_id, hour) DO UPDATE SET"
                + " heartbeats = excluded.heartbeats, sent = excluded.sent,"
                + " received = excluded.received, errors = excluded.errors,"
                + " uptime_s = excluded.uptime_s, restarts = excluded.restarts");
        nextHour = readOrStartMark(nowMs);
    }

    /** The first minute that may still have to be folded: minute rows from it on must stay. */
    long firstUnfoldedMinute() {
        return nextHour * 60;
    }

    /**
     * Whether the client's hour row is written already, so that a sample arriving for that hour
     * needs {@link #refold}; otherwise the hour's fold is still to come and will count it.
     */
    boolean isFolded(long clientId, long hour) {
        return hour < nextHour || active && hour < untilHour && clientId <= cursor;
    }

    /** Folds one client's hour again, in the caller's transaction. */
    void refold(long clientId, long hour) throws SQLException {
        fold(clientId - 1, clientId, hour, hour + 1);
    }

    boolean isActive() {
        return active;
    }

    /** Milliseconds until a finished hour waits to be folded; 0 when one does. */
    long millisUntilDue(long nowMs) {
        return Math.max(0, (nextHour + 1) * HOUR_MS + DELAY_MS - nowMs);
    }

    /** Starts a pass over every hour that ended at least {@link #DELAY_MS} ago. */
    void startPass(long nowMs) {
        active = true;
        untilHour = Math.floorDiv(nowMs - DELAY_MS, HOUR_MS);
        cursor = 0;
        finished = false;
    }

    /**
     * Folds the hours of the pass for up to {@code clients} more clients, in the caller's
     * transaction; once no client is left it moves the mark, to take effect with
     * {@link #committed}.
     */
    void step(int clients) throws SQLException {
        slice.setLong(1, cursor);
        slice.setInt(2, clients);
        int count;
        long last;
        try (ResultSet row = slice.executeQuery()) {
            row.next();
            count = row.getInt(1);
            last = row.getLong(2);
        }
        if (count > 0) {
            fold(cursor, last, nextHour, untilHour);
            cursor = last;
        }
        if (count < clients) {
            updateMark.setLong(1, untilHour);
            updateMark.executeUpdate();
            finished = true;
        }
    }

    /** The transaction of the last step is committed. */
    void committed() {
        if (finished) {
            nextHour = untilHour;
            active = false;
            finished = false;
        }
    }

    /** The step's transaction was rolled back: the pass is given up, and done afresh later. */
    void abandon() {
        active = false;
        finished = false;
        cursor = 0;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {readMark, insertMark,
                updateMark, slice, fold}) {
            statement.close();
        }
    }

    private long readOrStartMark(long nowMs) throws SQLException {
        try (ResultSet row = readMark.executeQuery()) {
            if (row.next()) {
                return row.getLong(1);
            }
        }
        long first = Math.floorDiv(nowMs, HOUR_MS);
        insertMark.setLong(1, first);
        insertMark.executeUpdate();
        return first;
    }

    /** Folds the hours of the clients after row id {@code after} up to {@code upTo}. */
    private void fold(long after, long upTo, long fromHour, long untilHour) throws SQLException {
        fold.setLong(1, fromHour * 60);
        fold.setLong(2, untilHour * 60);
        fold.setLong(3, after);
        fold.setLong(4, upTo);
        fold.executeUpdate();
    }
}
