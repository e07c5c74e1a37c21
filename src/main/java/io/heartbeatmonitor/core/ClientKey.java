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

    // Written out rather than left to the record: every heartbeat looks its client up in a few
    // hash maps, and the generated methods go through method handles that profiling showed hot.
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ClientKey that
                && client.equals(that.client) && tenant.equals(that.tenant);
    }

    @Override
    public int hashCode() {
        return 31 * tenant.hashCode() + client.hashCode();
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
