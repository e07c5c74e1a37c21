package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.history.db.Capabilities;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The clients the history knows, and their last raw payloads. */
public final class ClientQueries {

    private final Connection connection;

    public ClientQueries(Connection connection) {
        this.connection = connection;
    }

    /** The filtered clients with their last known metadata, by tenant and client id. */
    public List<KnownClient> clients(ClientFilter filter) throws SQLException {
        List<KnownClient> clients = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT tenant, client,"
                + " first_seen_ms, last_seen_ms, name, type, capabilities, version FROM clients c"
                + " WHERE " + filter.where() + " ORDER BY tenant, client")) {
            filter.bind(query, 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    clients.add(client(rows));
                }
            }
        }
        return clients;
    }

    /** The last raw payloads kept of a client, newest first. */
    public List<RawHeartbeat> recentHeartbeats(ClientKey key) throws SQLException {
        List<RawHeartbeat> raw = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT r.received_ms,"
                + " r.payload_bytes, r.payload FROM clients c JOIN raw_heartbeats r"
                + " ON r.client_id = c.id WHERE c.tenant = ? AND c.client = ?"
                + " ORDER BY r.received_ms DESC")) {
            query.setString(1, key.tenant());
            query.setString(2, key.client());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    raw.add(new RawHeartbeat(key, Rows.instant(rows, "received_ms"),
                            rows.getInt("payload_bytes"), rows.getBytes("payload")));
                }
            }
        }
        return raw;
    }

    private static KnownClient client(ResultSet row) throws SQLException {
        String name = row.getString("name");
        String type = row.getString("type");
        String capabilities = row.getString("capabilities");
        Metadata metadata = name == null && type == null && capabilities == null ? Metadata.EMPTY
                : new Metadata(name, type, Capabilities.decode(capabilities));
        return new KnownClient(new ClientKey(row.getString("tenant"), row.getString("client")),
                Rows.instant(row, "first_seen_ms"), Rows.instant(row, "last_seen_ms"), metadata,
                row.getString("version"));
    }
}
