package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.PendingLimits;
import io.heartbeatmonitor.testing.Eventually;
import io.heartbeatmonitor.testing.RecordingListener;
import io.nats.client.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A monitor that falls behind the message rate counts what its subscription drops, against a
 * real nats-server on loopback. Falling behind is made certain by holding up the dispatcher in a
 * listener, with a pending limit of a few messages.
 */
class MonitorLossesTest {

    private static final String TENANT = "acme";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final int SENT = 200;

    private LocalNatsServer server;
    private Connection clientSide;
    private Monitor monitor;
    private final RecordingListener events = new RecordingListener();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void startServerAndMonitor() throws Exception {
        server = LocalNatsServer.start();
        monitor = new Monitor(ConnectionProfile.plain(server.url()), HeartbeatSubject.tenantFilter(TENANT),
                PresenceSettings.DEFAULTS, MonitorClock.system(), new PendingLimits(10, 1024 * 1024));
        monitor.addListener(events);
        monitor.start();
        Eventually.await(WAIT, "the monitor to connect",
                () -> events.connections().contains(ConnectionState.CONNECTED));
        clientSide = NatsConnections.connect(ConnectionProfile.plain(server.url()), "test-clients");
    }

    @AfterEach
    void stopEverything() throws Exception {
        release.countDown();
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
    void aMonitorThatLosesNothingSaysSo() throws Exception {
        publishBadPayloads(3);

        Eventually.await(WAIT, "three rejections", () -> events.rejections().size() == 3);
        assertEquals(MonitorLosses.NONE, monitor.losses());
    }

    @Test
    void heartbeatsDroppedWhileTheDispatcherIsHeldUpAreCountedAndTheRestHandled() throws Exception {
        monitor.addListener(new MonitorListener() {
            @Override
            public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
                awaitRelease();
            }
        });

        publishBadPayloads(SENT);
        clientSide.flush(WAIT);
        Eventually.await(WAIT, "drops", () -> monitor.losses().heartbeatsDropped() > 0);
        release.countDown();

        Eventually.await(WAIT, "every message handled or dropped",
                () -> events.rejections().size() + monitor.losses().heartbeatsDropped() == SENT);
        long dropped = monitor.losses().heartbeatsDropped();
        assertTrue(dropped > SENT / 2, "a pending limit of ten queues few of them: " + dropped);
        assertEquals(0, monitor.losses().historyDropped() + monitor.losses().historyLost(),
                "no history was recorded to miss");
        assertNull(monitor.losses().historyFailure());
    }

    private void publishBadPayloads(int count) {
        byte[] notJson = "not a heartbeat".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            clientSide.publish(HeartbeatSubject.of(new ClientKey(TENANT, "client-" + i)), notJson);
        }
    }

    private void awaitRelease() {
        try {
            release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
