package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.history.db.DatabaseFile;
import io.heartbeatmonitor.history.db.Schema;
import io.heartbeatmonitor.history.db.SchemaCheck;
import io.heartbeatmonitor.history.query.AvailabilityQuery;
import io.heartbeatmonitor.history.query.ClientAvailability;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.ClientQueries;
import io.heartbeatmonitor.history.query.Gap;
import io.heartbeatmonitor.history.query.KnownClient;
import io.heartbeatmonitor.history.query.MetricQueries;
import io.heartbeatmonitor.history.query.MetricSeries;
import io.heartbeatmonitor.history.query.RawHeartbeat;
import io.heartbeatmonitor.history.query.RejectedHeartbeat;
import io.heartbeatmonitor.history.query.SessionQueries;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.StateChangeRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import io.heartbeatmonitor.history.query.TimelineEntry;
import io.heartbeatmonitor.history.query.TimelineQueries;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Reads the history through a read-only connection, while a monitor may be recording into the
 * same file. Every method reads one consistent snapshot and returns plain records.
 *
 * <p>Threading: safe to share; calls are served one at a time. They read the disk, so call
 * them from a background thread, never from the JavaFX thread or a tracker callback.
 */
public final class HistoryReader implements AutoCloseable {

    private final Path file;
    private final MonitorClock clock;
    private final Connection connection;
    private final ClientQueries clients;
    private final SessionQueries sessions;
    private final AvailabilityQuery availability;
    private final MetricQueries metrics;
    private final TimelineQueries timeline;

    private HistoryReader(Path file, MonitorClock clock, Connection connection) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
        this.clients = new ClientQueries(connection);
        this.sessions = new SessionQueries(connection);
        this.availability = new AvailabilityQuery(connection);
        this.metrics = new MetricQueries(connection);
        this.timeline = new TimelineQueries(connection);
    }

    /** Opens {@code file} for reading, with the system clock deciding what "now" is. */
    public static HistoryReader open(Path file) throws HistoryException {
        return open(file, MonitorClock.system());
    }

    /**
     * Opens {@code file} for reading; {@code clock} says until when open sessions and a running
     * monitor count.
     *
     * @throws HistoryException when there is no such file, it is not a history database, or its
     *         schema is newer or older than this build's
     */
    public static HistoryReader open(Path file, MonitorClock clock) throws HistoryException {
        Connection connection = DatabaseFile.openForReading(file);
        try {
            requireCurrentSchema(connection, file);
            return new HistoryReader(file, clock, connection);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw DatabaseFile.explain(file, e);
        } catch (HistoryException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** Known clients with their last metadata, by tenant and client id. */
    public synchronized List<KnownClient> clients(ClientFilter filter) throws HistoryException {
        return read(() -> clients.clients(filter));
    }

    /** Sessions that overlap the range, oldest first. */
    public synchronized List<SessionRecord> sessions(ClientFilter filter, TimeRange range)
            throws HistoryException {
        return read(() -> sessions.sessions(filter, range));
    }

    /** The last {@code limit} sessions of one client, newest first. */
    public synchronized List<SessionRecord> latestSessions(ClientKey key, int limit)
            throws HistoryException {
        return read(() -> sessions.latest(key, limit));
    }

    /**
     * Availability per client in the range: the share of the time the monitor watched the
     * client's tenant with a NATS connection, counted from the client's first heartbeat, in
     * which the client had an open session. Time not monitored counts neither way.
     */
    public synchronized List<ClientAvailability> availability(ClientFilter filter, TimeRange range)
            throws HistoryException {
        return read(() -> availability.availability(filter, range, clock.now()));
    }

    /** A client's metrics for a chart: per minute up to 48 hours, else per hour. */
    public synchronized MetricSeries metrics(ClientKey key, TimeRange range)
            throws HistoryException {
        return read(() -> metrics.series(key, range));
    }

    /** State changes and monitoring gaps in time order. */
    public synchronized List<TimelineEntry> timeline(ClientFilter filter, TimeRange range)
            throws HistoryException {
        return read(() -> timeline.timeline(filter, range, clock.now()));
    }

    /** State changes alone, in time order. */
    public synchronized List<StateChangeRecord> changes(ClientFilter filter, TimeRange range)
            throws HistoryException {
        return read(() -> timeline.changes(filter, range));
    }

    /**
     * The stretches in which no monitor watched {@code tenant}.
     *
     * @param tenant a tenant, or null for the time no monitor ran at all
     */
    public synchronized List<Gap> gaps(String tenant, TimeRange range) throws HistoryException {
        return read(() -> timeline.gaps(tenant, range, clock.now()));
    }

    /** Rejected heartbeats, oldest first, at most {@code limit}. */
    public synchronized List<RejectedHeartbeat> rejections(ClientFilter filter, TimeRange range,
            int limit) throws HistoryException {
        return read(() -> timeline.rejections(filter, range, limit));
    }

    /** The last {@code limit} rejected heartbeats, newest first. */
    public synchronized List<RejectedHeartbeat> latestRejections(ClientFilter filter, int limit)
            throws HistoryException {
        return read(() -> timeline.latestRejections(filter, limit));
    }

    /**
     * The state a client entered with its last stored transition before {@code at}, or null
     * when the history holds none.
     */
    public synchronized PresenceState stateBefore(ClientKey key, Instant at)
            throws HistoryException {
        return read(() -> timeline.stateBefore(key, at));
    }

    /** The last raw payloads kept of a client, newest first. */
    public synchronized List<RawHeartbeat> recentHeartbeats(ClientKey key) throws HistoryException {
        return read(() -> clients.recentHeartbeats(key));
    }

    @Override
    public synchronized void close() throws HistoryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw DatabaseFile.explain(file, e);
        }
    }

    private <T> T read(Query<T> query) throws HistoryException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN");
            try {
                return query.run();
            } finally {
                statement.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw DatabaseFile.explain(file, e);
        }
    }

    private static void requireCurrentSchema(Connection connection, Path file)
            throws HistoryException, SQLException {
        int version = SchemaCheck.inspect(connection, file, Schema.CURRENT_VERSION).version();
        if (version == 0) {
            throw new HistoryException(file, file + " holds no history yet: 'watch' records"
                    + " there, or name another file with --db");
        }
        if (version < Schema.CURRENT_VERSION) {
            throw new HistoryException(file, file + " was written by an older Heartbeat Monitor"
                    + " (history schema " + version + "); run 'watch' with this version once to"
                    + " upgrade it");
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }
}
