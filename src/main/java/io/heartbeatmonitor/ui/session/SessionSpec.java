package io.heartbeatmonitor.ui.session;

import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import java.util.Objects;

/**
 * What to watch: a connection and a tenant, or the demo.
 *
 * @param profile where and how to connect; null for the demo, whose server is not started yet
 * @param tenant the tenant to watch, or null for every tenant; the demo's is {@code demo}
 * @param settings the timing rules
 * @param demoClients the size of the simulated fleet; zero unless this is the demo
 */
public record SessionSpec(ConnectionProfile profile, String tenant, PresenceSettings settings,
        int demoClients) {

    public SessionSpec {
        Objects.requireNonNull(settings, "settings");
        if (profile == null && demoClients <= 0) {
            throw new IllegalArgumentException("a session needs a profile unless it is the demo");
        }
        if (tenant != null && !HeartbeatSubject.isValidToken(tenant)) {
            throw new IllegalArgumentException("'" + tenant + "' is not a valid tenant id");
        }
    }

    /** Watches {@code tenant}, or every tenant when it is null, on {@code profile}. */
    public static SessionSpec connect(ConnectionProfile profile, String tenant, PresenceSettings settings) {
        return new SessionSpec(Objects.requireNonNull(profile, "profile"), tenant, settings, 0);
    }

    /** Starts a local server with a simulated fleet of {@code clients} and watches its tenant. */
    public static SessionSpec demo(int clients, PresenceSettings settings) {
        return new SessionSpec(null, DemoEnvironment.TENANT, settings, clients);
    }

    public boolean isDemo() {
        return demoClients > 0;
    }

    /** The NATS subscription for this scope. */
    public String subjectFilter() {
        return tenant == null ? HeartbeatSubject.allTenantsFilter() : HeartbeatSubject.tenantFilter(tenant);
    }

    /** The scope for people: "tenant acme" or "all tenants". */
    public String scopeLabel() {
        return tenant == null ? "all tenants" : "tenant " + tenant;
    }
}
