package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.app.simulate.FleetPlan;
import io.heartbeatmonitor.app.simulate.FleetSimulator;
import io.heartbeatmonitor.client.HeartbeatClient;
import io.heartbeatmonitor.client.HeartbeatSchedule;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.PendingLimits;
import io.heartbeatmonitor.testing.Eventually;
import io.heartbeatmonitor.testing.RecordingListener;
import io.nats.client.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline against a real nats-server on loopback: clients built on the heartbeat
 * library, the monitor's subscription, and the presence tracker, with timings in seconds; and
 * what a monitor that falls behind the message rate counts.
 */
class PipelineIntegrationTest {

    private static final String TENANT = "acme";
    private static final PresenceSettings FAST =
            new PresenceSettings(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(2));
    private static final Duration WAIT = Duration.ofSeconds(10);

    private LocalNatsServer server;
    private Connection clientSide;
    private Monitor monitor;
    private final RecordingListener events = new RecordingListener();
    private final List<HeartbeatClient> started = new ArrayList<>();

    @BeforeEach
    void startServerAndMonitor() throws Exception {
        server = LocalNatsServer.start();
        monitor = new Monitor(ConnectionProfile.plain(server.url()), HeartbeatSubject.tenantFilter(TENANT), FAST,
                MonitorClock.system());
        monitor.addListener(events);
        monitor.start();
        Eventually.await(WAIT, "the monitor to connect",
                () -> events.connections().contains(ConnectionState.CONNECTED));
        clientSide = NatsConnections.connect(ConnectionProfile.plain(server.url()), "test-clients");
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (HeartbeatClient client : started) {
            client.abandon();
        }
        if (monitor != null) {
            monitor.close();
        }
        if (clientSide != null) {
            clientSide.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void simulatedFleetIsSeenHealthyByTheTracker() throws Exception {
        FleetPlan plan = FleetPlan.steady(TENANT, 5, FAST.interval());

        try (FleetSimulator fleet = new FleetSimulator(clientSide, plan)) {
            fleet.start();

            Eventually.await(WAIT, "five healthy clients", () -> monitor.tracker().snapshotAll().stream()
                    .filter(client -> client.state() == PresenceState.HEALTHY).count() == 5);
        }
        ClientSnapshot first = snapshot(new ClientKey(TENANT, "client-001")).orElseThrow();
        assertTrue(first.metadata().name() != null, "the first heartbeat carries the metadata");
    }

    @Test
    void gracefulLeaveMakesTheClientOfflineAsDisconnected() throws Exception {
        HeartbeatClient client = startClient("leaver");
        awaitState("leaver", PresenceState.HEALTHY);

        client.close();

        ClientSnapshot left = awaitState("leaver", PresenceState.OFFLINE);
        assertEquals(OfflineReason.DISCONNECTED, left.offlineReason());
        assertEquals(EndReason.DISCONNECTED, events.ended().get(0).endReason());
    }

    @Test
    void crashedClientGoesLateThenOfflineAfterTheTimeout() throws Exception {
        HeartbeatClient client = startClient("crasher");
        awaitState("crasher", PresenceState.HEALTHY);

        client.abandon();

        ClientSnapshot gone = awaitState("crasher", PresenceState.OFFLINE);
        assertEquals(OfflineReason.TIMEOUT, gone.offlineReason());
        List<PresenceState> states = events.changes().stream().map(change -> change.state()).toList();
        assertEquals(List.of(PresenceState.HEALTHY, PresenceState.LATE, PresenceState.OFFLINE), states);
        assertEquals(EndReason.TIMEOUT, events.ended().get(0).endReason());
    }

    @Test
    void badPayloadIsRejectedAndTheSubscriptionCarriesOn() throws Exception {
        clientSide.publish(HeartbeatSubject.of(new ClientKey(TENANT, "sloppy")),
                "{\"client_id\":".getBytes(StandardCharsets.UTF_8));
        startClient("tidy");

        awaitState("tidy", PresenceState.HEALTHY);
        Eventually.await(WAIT, "the rejection", () -> !events.rejections().isEmpty());
        assertEquals(RejectReason.NOT_JSON, events.rejections().get(0).reason());
        assertEquals(1, snapshot(new ClientKey(TENANT, "sloppy")).orElseThrow().rejected());
    }

    @Test
    void clientsOfOtherTenantsAreNotWatched() throws Exception {
        HeartbeatClient stranger = HeartbeatClient.builder(new ClientKey("other", "stranger"))
                .connection(clientSide).schedule(HeartbeatSchedule.forInterval(FAST.interval())).build();
        stranger.start();
        started.add(stranger);
        startClient("local");

        awaitState("local", PresenceState.HEALTHY);
        assertEquals(1, monitor.tracker().size());
    }

    @Test
    void allTenantsSubscriptionSeesEveryTenantApart() throws Exception {
        RecordingListener everyone = new RecordingListener();
        try (Monitor wide = new Monitor(ConnectionProfile.plain(server.url()), HeartbeatSubject.allTenantsFilter(),
                FAST, MonitorClock.system())) {
            wide.addListener(everyone);
            wide.start();
            Eventually.await(WAIT, "the second monitor to connect",
                    () -> everyone.connections().contains(ConnectionState.CONNECTED));

            startClient("local");
            HeartbeatClient stranger = HeartbeatClient.builder(new ClientKey("other", "local"))
                    .connection(clientSide).schedule(HeartbeatSchedule.forInterval(FAST.interval())).build();
            stranger.start();
            started.add(stranger);

            Eventually.await(WAIT, "both tenants' clients", () -> wide.tracker().size() == 2);
            assertTrue(wide.tracker().snapshot(new ClientKey(TENANT, "local")).isPresent());
            assertTrue(wide.tracker().snapshot(new ClientKey("other", "local")).isPresent());
        }
    }

    @Test
    void serverOutageMarksNobodyOfflineAndReconnectResumes() throws Exception {
        try (FleetSimulator fleet = new FleetSimulator(clientSide, FleetPlan.steady(TENANT, 3, FAST.interval()))) {
            fleet.start();
            Eventually.await(WAIT, "three healthy clients", () -> countIn(PresenceState.HEALTHY) == 3);

            server.kill();
            Eventually.await(WAIT, "the disconnect", () -> events.connections().contains(ConnectionState.DISCONNECTED));
            assertTrue(monitor.tracker().staleSince().isPresent(), "the picture is stale during the outage");
            // Longer than the timeout: a monitor that trusted its own silence would declare everyone offline.
            Thread.sleep(FAST.timeout().toMillis() + 1000);
            server = server.restart();

            Eventually.await(WAIT, "the reconnect", () -> events.connections().contains(ConnectionState.RECONNECTED));
            Eventually.await(WAIT, "fresh heartbeats after the outage",
                    () -> monitor.tracker().snapshotAll().stream().allMatch(this::heardAfterReconnect));

            assertTrue(events.changes().stream().noneMatch(change -> change.state() == PresenceState.OFFLINE),
                    "nobody went offline: " + events.changes());
            assertTrue(monitor.tracker().staleSince().isEmpty());
        }
    }

    @Test
    void aMonitorThatKeepsUpLosesNothing() throws Exception {
        startClient("steady");

        awaitState("steady", PresenceState.HEALTHY);
        assertEquals(MonitorLosses.NONE, monitor.losses());
    }

    /** Falling behind is made certain by holding up the dispatcher, with a pending limit of ten. */
    @Test
    void heartbeatsDroppedWhileTheDispatcherIsHeldUpAreCountedAndTheRestHandled() throws Exception {
        RecordingListener seen = new RecordingListener();
        CountDownLatch release = new CountDownLatch(1);
        try (Monitor slow = new Monitor(ConnectionProfile.plain(server.url()), HeartbeatSubject.tenantFilter(TENANT),
                FAST, MonitorClock.system(), new PendingLimits(10, 1024 * 1024))) {
            slow.addListener(seen);
            slow.addListener(holdUpOnRejection(release));
            slow.start();
            Eventually.await(WAIT, "the slow monitor to connect",
                    () -> seen.connections().contains(ConnectionState.CONNECTED));
            try {
                publishBadPayloads(200);
                clientSide.flush(WAIT);
                Eventually.await(WAIT, "drops", () -> slow.losses().heartbeatsDropped() > 0);
            } finally {
                release.countDown();
            }

            Eventually.await(WAIT, "every message handled or dropped",
                    () -> seen.rejections().size() + slow.losses().heartbeatsDropped() == 200);
            long dropped = slow.losses().heartbeatsDropped();
            assertTrue(dropped > 100, "a pending limit of ten queues few of them: " + dropped);
            assertEquals(0, slow.losses().historyDropped() + slow.losses().historyLost(),
                    "no history was recorded to miss");
        }
    }

    private static MonitorListener holdUpOnRejection(CountDownLatch release) {
        return new MonitorListener() {
            @Override
            public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
                try {
                    release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    private void publishBadPayloads(int count) {
        byte[] notJson = "not a heartbeat".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            clientSide.publish(HeartbeatSubject.of(new ClientKey(TENANT, "client-" + i)), notJson);
        }
    }

    private boolean heardAfterReconnect(ClientSnapshot client) {
        return client.state() == PresenceState.HEALTHY && client.heartbeats() > 3;
    }

    private long countIn(PresenceState state) {
        return monitor.tracker().snapshotAll().stream().filter(client -> client.state() == state).count();
    }

    private HeartbeatClient startClient(String id) throws Exception {
        HeartbeatClient client = HeartbeatClient.builder(new ClientKey(TENANT, id))
                .connection(clientSide)
                .schedule(HeartbeatSchedule.forInterval(FAST.interval()))
                .metadata(new Metadata("Test " + id, "tester", List.of("test")))
                .build();
        client.start();
        started.add(client);
        return client;
    }

    private ClientSnapshot awaitState(String id, PresenceState state) {
        ClientKey key = new ClientKey(TENANT, id);
        return Eventually.awaitValue(WAIT, id + " to be " + state.wireName(), () -> snapshot(key).orElse(null),
                snapshot -> snapshot != null && snapshot.state() == state);
    }

    private Optional<ClientSnapshot> snapshot(ClientKey key) {
        return monitor.tracker().snapshot(key);
    }
}
