package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What happened when: presence transitions, monitoring gaps, rejected heartbeats. */
public final class TimelineQueries {

    private final Connection connection;

    public TimelineQueries(Connection connection) {
        this.connection = connection;
    }

    /**
     * Transitions of the filtered clients and the gaps in the monitoring of their tenant (of
     * any tenant when the filter names none) within the range, in time order.
     */
    public List<TimelineEntry> timeline(ClientFilter filter, TimeRange range, Instant now)
            throws SQLException {
        List<TimelineEntry> entries = new ArrayList<>(changes(filter, range));
        entries.addAll(gaps(filter.tenant(), range, now));
        // A gap sorts before a change at the same instant: the change came after watching resumed.
        entries.sort(Comparator.comparing(TimelineEntry::at)
                .thenComparing(entry -> entry instanceof Gap ? 0 : 1));
        return entries;
    }

    /** Presence transitions of the filtered clients within the range, in time order. */
    public List<StateChangeRecord> changes(ClientFilter filter, TimeRange range)
            throws SQLException {
        List<StateChangeRecord> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.tenant, c.client,"
                + " sc.at_ms, sc.previous, sc.state, sc.reason FROM clients c"
                + " JOIN state_changes sc ON sc.client_id = c.id WHERE " + filter.where()
                + " AND sc.at_ms >= ? AND sc.at_ms < ? ORDER BY sc.at_ms")) {
            int next = filter.bind(query, 1);
            query.setLong(next, range.fromMs());
            query.setLong(next + 1, range.toMs());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(change(rows));
                }
            }
        }
        return changes;
    }

    /**
     * The state one client entered with its last transition before {@code at}, or null when
     * none is stored.
     */
    public PresenceState stateBefore(ClientKey key, Instant at) throws SQLException {
        ClientFilter filter = ClientFilter.client(key);
        try (PreparedStatement query = connection.prepareStatement("SELECT sc.state FROM clients c"
                + " JOIN state_changes sc ON sc.client_id = c.id WHERE " + filter.where()
                + " AND sc.at_ms < ? ORDER BY sc.at_ms DESC LIMIT 1")) {
            int next = filter.bind(query, 1);
            query.setLong(next, at.toEpochMilli());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? PresenceState.fromWire(rows.getString("state")) : null;
            }
        }
    }

    /**
     * The stretches of the range in which no monitor watched {@code tenant}.
     *
     * @param tenant a tenant, or null for the time no monitor ran at all
     */
    public List<Gap> gaps(String tenant, TimeRange range, Instant now) throws SQLException {
        return MonitoredTime.load(connection, tenant, range, now).gaps();
    }

    /**
     * Rejected heartbeats of the filtered clients (all rejections when the filter names
     * neither tenant nor client, including those whose subject names no client) that overlap
     * the range, oldest first, at most {@code limit}.
     */
    public List<RejectedHeartbeat> rejections(ClientFilter filter, TimeRange range, int limit)
            throws SQLException {
        List<RejectedHeartbeat> rejected = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT first_ms, last_ms,"
                + " count, subject, tenant, client, reason, detail, payload_bytes, excerpt"
                + " FROM rejections c WHERE " + filter.where()
                + " AND first_ms >= ? AND first_ms < ? AND last_ms >= ?"
                + " ORDER BY first_ms LIMIT ?")) {
            int next = filter.bind(query, 1);
            // A row covers rejections up to a minute after its first; look back that far.
            query.setLong(next, range.fromMs() - 60_000);
            query.setLong(next + 1, range.toMs());
            query.setLong(next + 2, range.fromMs());
            query.setInt(next + 3, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rejected.add(rejection(rows));
                }
            }
        }
        return rejected;
    }

    /**
     * The last {@code limit} rejected heartbeats of the filtered clients by their first
     * arrival, newest first.
     */
    public List<RejectedHeartbeat> latestRejections(ClientFilter filter, int limit)
            throws SQLException {
        List<RejectedHeartbeat> rejected = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT first_ms, last_ms,"
                + " count, subject, tenant, client, reason, detail, payload_bytes, excerpt"
                + " FROM rejections c WHERE " + filter.where()
                + " ORDER BY first_ms DESC LIMIT ?")) {
            int next = filter.bind(query, 1);
            query.setInt(next, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    rejected.add(rejection(rows));
                }
            }
        }
        return rejected;
    }

    private static StateChangeRecord change(ResultSet row) throws SQLException {
        String reason = row.getString("reason");
        ClientKey key = new ClientKey(row.getString("tenant"), row.getString("client"));
        return new StateChangeRecord(key, Rows.instant(row, "at_ms"),
                PresenceState.fromWire(row.getString("previous")),
                PresenceState.fromWire(row.getString("state")),
                reason == null ? null : OfflineReason.valueOf(reason.toUpperCase(Locale.ROOT)));
    }

    private static RejectedHeartbeat rejection(ResultSet row) throws SQLException {
        String tenant = row.getString("tenant");
        String client = row.getString("client");
        ClientKey key = tenant == null || client == null ? null : new ClientKey(tenant, client);
        return new RejectedHeartbeat(Rows.instant(row, "first_ms"), Rows.instant(row, "last_ms"),
                row.getLong("count"), row.getString("subject"), key, row.getString("reason"),
                row.getString("detail"), row.getInt("payload_bytes"), row.getString("excerpt"));
    }
}
