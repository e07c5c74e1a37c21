package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.db.Capabilities;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** The writer's prepared statements, one method per kind of write. Writer thread only. */
final class Statements implements AutoCloseable {

    private static final String UPSERT_MINUTE = """
            INSERT INTO metric_minutes
                (client_id, minute, heartbeats, sent, received, errors, uptime_s, restarts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (minute, client_id) DO UPDATE SET
                heartbeats = heartbeats + excluded.heartbeats,
                sent = sent + excluded.sent,
                received = received + excluded.received,
                errors = errors + excluded.errors,
                uptime_s = coalesce(excluded.uptime_s, uptime_s),
                restarts = restarts + excluded.restarts""";

    private final PreparedStatement lastRowId;
    private final PreparedStatement findClient;
    private final PreparedStatement insertClient;
    private final PreparedStatement touchClient;
    private final PreparedStatement writeMetadata;
    private final PreparedStatement insertSession;
    private final PreparedStatement findOpenSession;
    private final PreparedStatement touchSession;
    private final PreparedStatement endSession;
    private final PreparedStatement insertChange;
    private final PreparedStatement upsertMinute;
    private final PreparedStatement insertRejection;
    private final PreparedStatement foldRejection;
    private final PreparedStatement updateRaw;
    private final PreparedStatement insertRaw;
    private final PreparedStatement newestRawSlot;

    Statements(Connection connection) throws SQLException {
        lastRowId = connection.prepareStatement("SELECT last_insert_rowid()");
        findClient = connection.prepareStatement(
                "SELECT id FROM clients WHERE tenant = ? AND client = ?");
        insertClient = connection.prepareStatement("INSERT INTO clients (tenant, client,"
                + " first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?)");
        touchClient = connection.prepareStatement("UPDATE clients SET last_seen_ms ="
                + " max(last_seen_ms, ?), version = coalesce(?, version) WHERE id = ?");
        writeMetadata = connection.prepareStatement("UPDATE clients SET name = ?, type = ?,"
                + " capabilities = ? WHERE id = ?");
        insertSession = connection.prepareStatement("INSERT INTO sessions (client_id, started_ms,"
                + " ended_ms, end_reason, last_heartbeat_ms, heartbeats, worst_status, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        findOpenSession = connection.prepareStatement("SELECT id FROM sessions WHERE client_id = ?"
                + " AND ended_ms IS NULL AND started_ms = ?");
        touchSession = connection.prepareStatement("UPDATE sessions SET last_heartbeat_ms ="
                + " max(last_heartbeat_ms, ?), heartbeats = ?, worst_status = ?"
                + " WHERE id = ? AND ended_ms IS NULL");
        endSession = connection.prepareStatement("UPDATE sessions SET ended_ms = ?, end_reason = ?,"
                + " heartbeats = ?, worst_status = ?, last_heartbeat_ms = max(last_heartbeat_ms, ?)"
                + " WHERE id = ?");
        insertChange = connection.prepareStatement("INSERT INTO state_changes (client_id, at_ms,"
                + " previous, state, reason) VALUES (?, ?, ?, ?, ?)");
        upsertMinute = connection.prepareStatement(UPSERT_MINUTE);
        insertRejection = connection.prepareStatement("INSERT INTO rejections (first_ms, last_ms,"
                + " count, subject, tenant, client, reason, detail, payload_bytes, excerpt)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)");
        foldRejection = connection.prepareStatement("UPDATE rejections SET last_ms = ?, count = ?"
                + " WHERE id = ?");
        updateRaw = connection.prepareStatement("UPDATE raw_heartbeats SET received_ms = ?,"
                + " payload_bytes = ?, payload = ? WHERE client_id = ? AND slot = ?");
        insertRaw = connection.prepareStatement("INSERT INTO raw_heartbeats (client_id, slot,"
                + " received_ms, payload_bytes, payload) VALUES (?, ?, ?, ?, ?)");
        newestRawSlot = connection.prepareStatement("SELECT slot FROM raw_heartbeats"
                + " WHERE client_id = ? ORDER BY received_ms DESC LIMIT 1");
    }

    /** The row id of a client, or 0 when it has none yet. */
    long findClient(ClientKey key) throws SQLException {
        findClient.setString(1, key.tenant());
        findClient.setString(2, key.client());
        return firstLong(findClient);
    }

    long insertClient(ClientKey key, long atMs) throws SQLException {
        insertClient.setString(1, key.tenant());
        insertClient.setString(2, key.client());
        insertClient.setLong(3, atMs);
        insertClient.setLong(4, atMs);
        insertClient.executeUpdate();
        return firstLong(lastRowId);
    }

    /** Adds a client's last sight to the progress batch that {@link #writeProgress} writes. */
    void touchClient(long id, long lastSeenMs, String version) throws SQLException {
        touchClient.setLong(1, lastSeenMs);
        touchClient.setString(2, version);
        touchClient.setLong(3, id);
        touchClient.addBatch();
    }

    void writeMetadata(long id, Metadata metadata) throws SQLException {
        writeMetadata.setString(1, metadata.name());
        writeMetadata.setString(2, metadata.type());
        writeMetadata.setString(3, Capabilities.encode(metadata.capabilities()));
        writeMetadata.setLong(4, id);
        writeMetadata.executeUpdate();
    }

    /** Inserts a session, open or already ended, and returns its row id. */
    long insertSession(long clientId, Session session, long lastHeartbeatMs) throws SQLException {
        insertSession.setLong(1, clientId);
        insertSession.setLong(2, session.start().toEpochMilli());
        boolean ended = session.end() != null;
        setNullableLong(insertSession, 3, ended ? session.end().toEpochMilli() : null);
        insertSession.setString(4, ended ? session.endReason().wireName() : null);
        insertSession.setLong(5, Math.max(lastHeartbeatMs, session.start().toEpochMilli()));
        insertSession.setLong(6, session.heartbeats());
        insertSession.setString(7, session.worstStatus().wireName());
        insertSession.setString(8, session.version());
        insertSession.executeUpdate();
        return firstLong(lastRowId);
    }

    /** The open session of a client that started at {@code start}, or 0. */
    long findOpenSession(long clientId, Instant start) throws SQLException {
        findOpenSession.setLong(1, clientId);
        findOpenSession.setLong(2, start.toEpochMilli());
        return firstLong(findOpenSession);
    }

    /** Adds an open session's progress to the batch that {@link #writeProgress} writes. */
    void touchSession(long sessionId, long lastHeartbeatMs, long heartbeats, ClientStatus worst)
            throws SQLException {
        touchSession.setLong(1, lastHeartbeatMs);
        touchSession.setLong(2, heartbeats);
        touchSession.setString(3, worst.wireName());
        touchSession.setLong(4, sessionId);
        touchSession.addBatch();
    }

    void writeProgress() throws SQLException {
        touchClient.executeBatch();
        touchSession.executeBatch();
    }

    /** Forgets the samples and progress added but not written, after a failure. */
    void discardBatches() throws SQLException {
        upsertMinute.clearBatch();
        touchClient.clearBatch();
        touchSession.clearBatch();
    }

    /** Ends a stored session; false when there is no such row. */
    boolean endSession(long sessionId, Session session, long lastHeartbeatMs) throws SQLException {
        endSession.setLong(1, session.end().toEpochMilli());
        endSession.setString(2, session.endReason().wireName());
        endSession.setLong(3, session.heartbeats());
        endSession.setString(4, session.worstStatus().wireName());
        endSession.setLong(5, lastHeartbeatMs);
        endSession.setLong(6, sessionId);
        return endSession.executeUpdate() > 0;
    }

    void insertChange(long clientId, PresenceChange change) throws SQLException {
        insertChange.setLong(1, clientId);
        insertChange.setLong(2, change.at().toEpochMilli());
        insertChange.setString(3, change.previous().wireName());
        insertChange.setString(4, change.state().wireName());
        insertChange.setString(5, change.reason() == null ? null : change.reason().wireName());
        insertChange.executeUpdate();
    }

    /**
     * Adds a minute's sample to its row, in the batch that {@link #writeSamples} writes;
     * {@link HourFolder} makes the hours of the rows.
     */
    void addSample(long clientId, MinuteSample sample) throws SQLException {
        upsertMinute.setLong(1, clientId);
        upsertMinute.setLong(2, sample.minute);
        upsertMinute.setInt(3, sample.heartbeats);
        upsertMinute.setLong(4, sample.sent);
        upsertMinute.setLong(5, sample.received);
        upsertMinute.setLong(6, sample.errors);
        setNullableLong(upsertMinute, 7, sample.uptimeSeconds < 0 ? null : sample.uptimeSeconds);
        upsertMinute.setInt(8, sample.restarts);
        upsertMinute.addBatch();
    }

    void writeSamples() throws SQLException {
        upsertMinute.executeBatch();
    }


    long insertRejection(HistoryEvent.HeartbeatRejected event, String excerpt) throws SQLException {
        ClientKey key = event.rejection().key();
        insertRejection.setLong(1, event.atMs());
        insertRejection.setLong(2, event.atMs());
        insertRejection.setString(3, event.rejection().subject());
        insertRejection.setString(4, key == null ? null : key.tenant());
        insertRejection.setString(5, key == null ? null : key.client());
        insertRejection.setString(6, event.rejection().reason().code());
        insertRejection.setString(7, event.rejection().detail());
        insertRejection.setInt(8, event.payloadBytes());
        insertRejection.setString(9, excerpt);
        insertRejection.executeUpdate();
        return firstLong(lastRowId);
    }

    void foldRejection(long id, long lastMs, long count) throws SQLException {
        foldRejection.setLong(1, lastMs);
        foldRejection.setLong(2, count);
        foldRejection.setLong(3, id);
        foldRejection.executeUpdate();
    }

    /**
     * Puts a payload into one of a client's slots. A slot's row is rewritten where it lies,
     * which changes one page; replacing it would delete it there and append it elsewhere.
     */
    void putRaw(long clientId, int slot, long atMs, int payloadBytes, byte[] payload)
            throws SQLException {
        updateRaw.setLong(1, atMs);
        updateRaw.setInt(2, payloadBytes);
        updateRaw.setBytes(3, payload);
        updateRaw.setLong(4, clientId);
        updateRaw.setInt(5, slot);
        if (updateRaw.executeUpdate() > 0) {
            return;
        }
        insertRaw.setLong(1, clientId);
        insertRaw.setInt(2, slot);
        insertRaw.setLong(3, atMs);
        insertRaw.setInt(4, payloadBytes);
        insertRaw.setBytes(5, payload);
        insertRaw.executeUpdate();
    }

    /** The slot of a client's newest raw payload, or -1 when it has none. */
    int newestRawSlot(long clientId) throws SQLException {
        newestRawSlot.setLong(1, clientId);
        try (ResultSet row = newestRawSlot.executeQuery()) {
            return row.next() ? row.getInt(1) : -1;
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : new PreparedStatement[] {lastRowId, findClient,
                insertClient, touchClient, writeMetadata, insertSession, findOpenSession,
                touchSession, endSession, insertChange, upsertMinute, insertRejection,
                foldRejection, updateRaw, insertRaw, newestRawSlot}) {
            statement.close();
        }
    }

    private static void setNullableLong(PreparedStatement statement, int index, Long value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    private static long firstLong(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
