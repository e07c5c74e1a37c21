package io.heartbeatmonitor.core;

import java.util.Objects;

/**
 * Identifies one client: the tenant and client tokens of its heartbeat subject.
 *
 * @param tenant the tenant id
 * @param client the client id, unique within its tenant
 */
public record ClientKey(String tenant, String client) implements Comparable<ClientKey> {

    public ClientKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(client, "client");
    }

    @Override
    public int compareTo(ClientKey other) {
        int byTenant = tenant.compareTo(other.tenant);
        return byTenant != 0 ? byTenant : client.compareTo(other.client);
    }

    @Override
    public String toString() {
        return tenant + "/" + client;
    }
}
