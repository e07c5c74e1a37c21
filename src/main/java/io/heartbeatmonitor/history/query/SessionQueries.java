package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.presence.EndReason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sessions, and availability computed from them and from the monitored time. */
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

    /**
     * The availability of each filtered client that existed before the range ended, in the
     * order of tenant and client id: the share of the monitored time, from the later of the
     * range's start and the client's first heartbeat, during which it had an open session.
     *
     * <p>Limitation: after the monitor starts, a client counts as absent until its first
     * heartbeat (up to one interval per start), because the history cannot tell a client that
     * was there all along from one that just came.
     */
    public List<ClientAvailability> availability(ClientFilter filter, TimeRange range, Instant now)
            throws SQLException {
        Map<Long, List<Span>> presence = presence(filter, range);
        Map<String, MonitoredTime> monitoredByTenant = new HashMap<>();
        List<ClientAvailability> result = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.id, c.tenant,"
                + " c.client, c.name, c.first_seen_ms FROM clients c WHERE " + filter.where()
                + " AND c.first_seen_ms < ? ORDER BY c.tenant, c.client")) {
            query.setLong(filter.bind(query, 1), range.toMs());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String tenant = rows.getString(2);
                    MonitoredTime monitored = monitoredByTenant.get(tenant);
                    if (monitored == null) {
                        monitored = MonitoredTime.load(connection, tenant, range, now);
                        monitoredByTenant.put(tenant, monitored);
                    }
                    result.add(availability(rows, range, monitored,
                            presence.getOrDefault(rows.getLong(1), List.of())));
                }
            }
        }
        return result;
    }

    private static ClientAvailability availability(ResultSet row, TimeRange range,
            MonitoredTime monitoredTime, List<Span> sessions) throws SQLException {
        ClientKey key = new ClientKey(row.getString(2), row.getString(3));
        String name = row.getString(4);
        Span window = new Span(Math.max(range.fromMs(), row.getLong(5)), range.toMs());
        List<Span> monitored = Spans.clip(monitoredTime.watched(), window);
        List<Span> present = Spans.clip(Spans.merge(sessions), window);
        return new ClientAvailability(key, name == null || name.isBlank() ? key.client() : name,
                range, Duration.ofMillis(Spans.total(monitored)),
                Duration.ofMillis(Spans.overlap(present, monitored)));
    }

    /** The sessions of each filtered client within the range, open ones without an end. */
    private Map<Long, List<Span>> presence(ClientFilter filter, TimeRange range)
            throws SQLException {
        Map<Long, List<Span>> presence = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.client_id,"
                + " s.started_ms, s.ended_ms FROM clients c JOIN sessions s ON s.client_id = c.id"
                + " WHERE " + filter.where() + " AND s.started_ms < ?"
                + " AND (s.ended_ms IS NULL OR s.ended_ms > ?)")) {
            int next = filter.bind(query, 1);
            query.setLong(next, range.toMs());
            query.setLong(next + 1, range.fromMs());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long ended = rows.getLong(3);
                    Span span = new Span(rows.getLong(2), rows.wasNull() ? Long.MAX_VALUE : ended);
                    presence.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(span);
                }
            }
        }
        return presence;
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
