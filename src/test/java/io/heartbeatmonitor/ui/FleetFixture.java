package io.heartbeatmonitor.ui;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.app.simulate.FleetPlan;
import io.heartbeatmonitor.app.simulate.FleetSimulator;
import io.heartbeatmonitor.client.HeartbeatClient;
import io.heartbeatmonitor.client.HeartbeatSchedule;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.ui.session.SessionSpec;
import io.nats.client.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real nats-server with clients on it for window tests: six steady clients from the
 * simulator, and two probes whose state the test knows, one degraded and one unhealthy.
 */
public final class FleetFixture implements AutoCloseable {

    public static final String TENANT = "acme";
    /** Short timings, so that states move within seconds, with room for a busy machine. */
    public static final PresenceSettings SETTINGS =
            new PresenceSettings(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(6));
    public static final int STEADY = 6;

    private LocalNatsServer server;
    private final Connection connection;
    private final FleetSimulator fleet;
    private final List<HeartbeatClient> probes = new ArrayList<>();

    private FleetFixture(LocalNatsServer server) throws Exception {
        this.server = server;
        this.connection = NatsConnections.connect(ConnectionProfile.plain(server.url()), "test-fleet");
        this.fleet = new FleetSimulator(connection, FleetPlan.steady(TENANT, STEADY, SETTINGS.interval()));
    }

    /** Starts the server, the steady fleet and the two probes. */
    public static FleetFixture start() throws Exception {
        FleetFixture fixture = new FleetFixture(LocalNatsServer.start());
        fixture.fleet.start();
        fixture.probes.add(fixture.client("probe-1", "Probe North", "probe", List.of("diagnose"),
                ClientStatus.DEGRADED));
        fixture.probes.add(fixture.client("probe-2", "Probe South", "probe", List.of("measure"),
                ClientStatus.UNHEALTHY));
        for (HeartbeatClient probe : fixture.probes) {
            probe.start();
        }
        return fixture;
    }

    /** A client on the fixture's connection, not started yet, that reports {@code status}. */
    public HeartbeatClient client(String id, String name, String type, List<String> capabilities,
            ClientStatus status) {
        return HeartbeatClient.builder(new ClientKey(TENANT, id))
                .connection(connection)
                .schedule(HeartbeatSchedule.forInterval(SETTINGS.interval()))
                .metadata(new Metadata(name, type, capabilities))
                .version("2.0.0")
                .status(() -> status)
                .build();
    }

    /** Publishes a payload that breaks the protocol on a client's subject. */
    public void sendBrokenHeartbeat(String id) {
        connection.publish(HeartbeatSubject.of(new ClientKey(TENANT, id)),
                "{\"client_id\":".getBytes(StandardCharsets.UTF_8));
    }

    /** What a window should watch to see this fleet. */
    public SessionSpec spec() {
        return SessionSpec.connect(ConnectionProfile.plain(server.url()), TENANT, SETTINGS);
    }

    /** Kills the server as a crash would. */
    public void killServer() throws InterruptedException {
        server.kill();
    }

    /** Starts the server again on its port; the clients reconnect by themselves. */
    public void restartServer() throws Exception {
        server = server.restart();
    }

    @Override
    public void close() throws Exception {
        for (HeartbeatClient probe : probes) {
            probe.abandon();
        }
        fleet.close();
        connection.close();
        server.close();
    }
}
