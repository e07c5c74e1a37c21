package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.presence.EndReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Sessions of clients in a range. */
public final class SessionQueries {

    private final Connection connection;

    public SessionQueries(Connection connection) {
        this.connection = connection;
    }

    /** Sessions of the filtered clients that overlap the range, oldest first. */
    public List<SessionRecord> sessions(ClientFilter filter, TimeRange range) throws SQLException {
        List<SessionRecord> sessions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.tenant, c.client,"
                + " s.started_ms, s.ended_ms, s.end_reason, s.last_heartbeat_ms, s.heartbeats,"
                + " s.worst_status, s.version FROM clients c JOIN sessions s ON s.client_id = c.id"
                + " WHERE " + filter.where() + " AND s.started_ms < ?"
                + " AND (s.ended_ms IS NULL OR s.ended_ms > ?)"
                + " ORDER BY s.started_ms, c.tenant, c.client")) {
            int next = filter.bind(query, 1);
            query.setLong(next, range.toMs());
            query.setLong(next + 1, range.fromMs());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sessions.add(session(rows));
                }
            }
        }
        return sessions;
    }

    /** The last {@code limit} sessions of one client by start, newest first. */
    public List<SessionRecord> latest(ClientKey key, int limit) throws SQLException {
        List<SessionRecord> sessions = new ArrayList<>();
        ClientFilter filter = ClientFilter.client(key);
        try (PreparedStatement query = connection.prepareStatement("SELECT c.tenant, c.client,"
                + " s.started_ms, s.ended_ms, s.end_reason, s.last_heartbeat_ms, s.heartbeats,"
                + " s.worst_status, s.version FROM clients c JOIN sessions s ON s.client_id = c.id"
                + " WHERE " + filter.where() + " ORDER BY s.started_ms DESC LIMIT ?")) {
            int next = filter.bind(query, 1);
            query.setInt(next, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sessions.add(session(rows));
                }
            }
        }
        return sessions;
    }

    private static SessionRecord session(ResultSet row) throws SQLException {
        String reason = row.getString("end_reason");
        return new SessionRecord(new ClientKey(row.getString("tenant"), row.getString("client")),
                Rows.instant(row, "started_ms"), Rows.instant(row, "ended_ms"),
                reason == null ? null : EndReason.fromWire(reason),
                Rows.instant(row, "last_heartbeat_ms"), row.getLong("heartbeats"),
                ClientStatus.fromWire(row.getString("worst_status")).orElse(ClientStatus.HEALTHY),
                row.getString("version"));
    }
}
