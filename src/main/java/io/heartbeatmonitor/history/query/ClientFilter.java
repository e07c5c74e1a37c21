package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Which clients a query is about: all, one tenant's, or one client. A client id without a
 * tenant matches that id in every tenant.
 *
 * @param tenant the tenant, or null for every tenant
 * @param client the client id, or null for every client
 */
public record ClientFilter(String tenant, String client) {

    private static final ClientFilter ALL = new ClientFilter(null, null);

    public static ClientFilter all() {
        return ALL;
    }

    public static ClientFilter tenant(String tenant) {
        return new ClientFilter(tenant, null);
    }

    public static ClientFilter client(ClientKey key) {
        return new ClientFilter(key.tenant(), key.client());
    }

    /** SQL conditions on a {@code clients} table aliased {@code c}, for {@link #bind}. */
    String where() {
        String tenantCondition = tenant == null ? "1" : "c.tenant = ?";
        return tenantCondition + (client == null ? "" : " AND c.client = ?");
    }

    /** Binds the values of {@link #where()} from parameter {@code first} on; returns the next. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        if (tenant != null) {
            statement.setString(index++, tenant);
        }
        if (client != null) {
            statement.setString(index++, client);
        }
        return index;
    }
}
