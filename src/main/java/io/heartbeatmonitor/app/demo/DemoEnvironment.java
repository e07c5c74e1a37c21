package io.heartbeatmonitor.app.demo;

import io.heartbeatmonitor.app.simulate.FleetPlan;
import io.heartbeatmonitor.app.simulate.FleetSimulator;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.nats.client.Connection;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything demo mode runs besides the monitor: a local nats-server on a free loopback port and
 * a simulated fleet on it that shows every state within a minute.
 */
public final class DemoEnvironment implements AutoCloseable {

    /** The tenant of the demo fleet. */
    public static final String TENANT = "demo";

    /**
     * Faster than the protocol's 30 s / 90 s so that a visitor sees clients go late and offline
     * within a minute; the ratios are the protocol's.
     */
    public static final PresenceSettings SETTINGS =
            new PresenceSettings(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofSeconds(15));

    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);

    private final LocalNatsServer server;
    private final Connection connection;
    private final FleetSimulator fleet;

    private DemoEnvironment(LocalNatsServer server, Connection connection, FleetSimulator fleet) {
        this.server = server;
        this.connection = connection;
        this.fleet = fleet;
    }

    /**
     * Starts the server and the fleet.
     *
     * @throws IOException when nats-server is missing or does not start
     */
    public static DemoEnvironment start(int clients) throws IOException, NatsSetupException, InterruptedException {
        LocalNatsServer server = LocalNatsServer.start();
        try {
            Connection connection = NatsConnections.connect(ConnectionProfile.plain(server.url()), "demo-fleet");
            FleetSimulator fleet = new FleetSimulator(connection,
                    FleetPlan.demo(TENANT, clients, SETTINGS.interval()));
            LOG.info("Demo mode: nats-server at {}, {} simulated clients in tenant '{}'",
                    server.url(), clients, TENANT);
            return new DemoEnvironment(server, connection, fleet);
        } catch (NatsSetupException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Starts the fleet's heartbeats; call it once the monitor listens. */
    public void startFleet() {
        fleet.start();
    }

    /** The profile the monitor connects with. */
    public ConnectionProfile profile() {
        return ConnectionProfile.plain(server.url());
    }

    /** Lets the fleet leave, then stops the server. */
    @Override
    public void close() throws InterruptedException {
        try {
            fleet.close();
            connection.close();
        } finally {
            server.close();
        }
    }
}
