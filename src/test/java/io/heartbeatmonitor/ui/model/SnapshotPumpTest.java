package io.heartbeatmonitor.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The hand-over from the tracker to the FX thread, ticked by hand, with an executor that only
 * queues tasks so the test decides when the "FX thread" runs.
 */
class SnapshotPumpTest {

    private final PresenceTracker tracker = new PresenceTracker(MonitorClock.system(), PresenceSettings.DEFAULTS);
    private final Deque<Runnable> fxQueue = new ArrayDeque<>();
    private final Executor fxThread = fxQueue::add;
    private final List<FleetUpdate> received = new ArrayList<>();
    private final SnapshotPump pump = new SnapshotPump(tracker, () -> ConnectionState.CONNECTED, received::add,
            fxThread);

    @Test
    void thousandsOfHeartbeatsBetweenTicksMakeOneHandOver() {
        for (int i = 0; i < 5_000; i++) {
            beat("client-" + (i % 500), ClientStatus.HEALTHY, i);
        }

        pump.tick();
        runFx();

        assertEquals(1, received.size());
        assertEquals(500, received.get(0).changed().size());
        assertEquals(5_000, received.get(0).accepted());
    }

    @Test
    void ticksWhileTheFxThreadIsBusyMergeIntoTheWaitingHandOver() {
        beat("a", ClientStatus.HEALTHY, 1);
        pump.tick();
        beat("a", ClientStatus.DEGRADED, 2);
        beat("b", ClientStatus.HEALTHY, 1);
        pump.tick();
        pump.tick();

        assertEquals(1, fxQueue.size(), "one hand-over waits, however many ticks passed");
        runFx();
        assertEquals(1, received.size());
        FleetUpdate update = received.get(0);
        assertEquals(2, update.changed().size());
        assertEquals(PresenceState.DEGRADED, find(update, "a").state());
        assertEquals(3, update.accepted());
    }

    @Test
    void aTickWithoutChangesStillCarriesTheConnectionAndStaleness() {
        pump.tick();
        runFx();

        assertEquals(List.of(), received.get(0).changed());
        assertEquals(ConnectionState.CONNECTED, received.get(0).connection());
        assertEquals(tracker.staleSince().orElseThrow(), received.get(0).staleSince(),
                "a tracker that never connected is stale since it was made");
    }

    private void beat(String client, ClientStatus status, long sent) {
        Heartbeat heartbeat = new Heartbeat(new ClientKey("acme", client), Instant.now(), "1.0.0", status,
                new Metrics(sent, 0, 0, sent), null);
        tracker.accept(heartbeat, new byte[0]);
    }

    private void runFx() {
        while (!fxQueue.isEmpty()) {
            fxQueue.poll().run();
        }
    }

    private static ClientSnapshot find(FleetUpdate update, String client) {
        return update.changed().stream().filter(snapshot -> snapshot.key().client().equals(client)).findFirst()
                .orElseThrow();
    }
}
