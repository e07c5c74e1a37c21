package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.write.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Test;

/**
 * The recorder runs on the NATS dispatcher: it never waits for room in the queue, counts what
 * does not fit, and keeps the last places for events that shape the history.
 */
class HistoryRecorderTest {

    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final HistorySettings SIXTEEN = HistorySettings.DEFAULTS.withQueueCapacity(16);

    @Test
    void aFullQueueDropsAndCountsInsteadOfWaiting() {
        BlockingQueue<HistoryEvent> queue = new ArrayBlockingQueue<>(16);
        HistoryRecorder recorder = new HistoryRecorder(queue, SIXTEEN);

        for (int i = 0; i < 100; i++) {
            recorder.onHeartbeat(heartbeat(i), new byte[10], NOW.plusSeconds(i));
        }

        assertEquals(14, recorder.acceptedCount());
        assertEquals(86, recorder.droppedCount());
        assertEquals(14, recorder.queueLength());
    }

    @Test
    void sessionsStillFitWhenHeartbeatsHaveFilledTheQueue() {
        BlockingQueue<HistoryEvent> queue = new ArrayBlockingQueue<>(16);
        HistoryRecorder recorder = new HistoryRecorder(queue, SIXTEEN);
        for (int i = 0; i < 100; i++) {
            recorder.onHeartbeat(heartbeat(i), new byte[10], NOW);
        }

        Session session = new Session(Recording.key("worker"), NOW, null, null, 1,
                ClientStatus.HEALTHY, "1");
        recorder.onSessionStarted(session);
        recorder.onSessionStarted(session);
        recorder.onSessionStarted(session);

        List<HistoryEvent> queued = new ArrayList<>();
        queue.drainTo(queued);
        assertEquals(16, queued.size());
        assertEquals(new HistoryEvent.SessionStarted(session), queued.get(15));
        assertEquals(87, recorder.droppedCount());
    }

    @Test
    void aClientsRawPayloadIsHandedOnAtMostOnceInTheSpacing() {
        BlockingQueue<HistoryEvent> queue = new ArrayBlockingQueue<>(16);
        HistoryRecorder recorder = new HistoryRecorder(queue, SIXTEEN);
        byte[] payload = new byte[100];

        recorder.onHeartbeat(heartbeat(1), payload, NOW);
        recorder.onHeartbeat(heartbeat(2), payload, NOW.plusSeconds(4));
        recorder.onHeartbeat(heartbeat(3), payload, NOW.plusSeconds(5));

        List<HistoryEvent> queued = new ArrayList<>();
        queue.drainTo(queued);
        assertSame(payload, seen(queued.get(0)).payload());
        assertNull(seen(queued.get(1)).payload());
        assertSame(payload, seen(queued.get(2)).payload());
    }

    @Test
    void aLargePayloadIsCutToTheRawLimitButItsSizeIsKept() {
        BlockingQueue<HistoryEvent> queue = new ArrayBlockingQueue<>(16);
        HistoryRecorder recorder = new HistoryRecorder(queue, SIXTEEN);

        recorder.onHeartbeat(heartbeat(1), new byte[60_000], NOW);

        HistoryEvent.HeartbeatSeen seen = seen(queue.poll());
        assertEquals(4096, seen.payload().length);
        assertEquals(60_000, seen.payloadBytes());
    }

    @Test
    void aFloodOfClientsKeepsOnlyTheRawPayloadsOfTheBudgetAndTriesTheOthersAgain() {
        BlockingQueue<HistoryEvent> queue = new ArrayBlockingQueue<>(1_000);
        HistorySettings threeASecond = new HistorySettings(Retention.DEFAULTS, 1_000,
                Duration.ofSeconds(5), 5, 4096, 3, Duration.ofSeconds(5), Duration.ofHours(1), 0);
        HistoryRecorder recorder = new HistoryRecorder(queue, threeASecond);
        byte[] payload = new byte[100];

        for (int client = 0; client < 10; client++) {
            recorder.onHeartbeat(heartbeat("worker-" + client), payload, NOW);
        }
        recorder.onHeartbeat(heartbeat("worker-9"), payload, NOW.plusSeconds(1));

        List<HistoryEvent> queued = new ArrayList<>();
        queue.drainTo(queued);
        assertEquals(11, queued.size());
        List<String> kept = queued.stream().map(HistoryRecorderTest::seen)
                .filter(seen -> seen.payload() != null).map(seen -> seen.key().client()).toList();
        assertEquals(List.of("worker-0", "worker-1", "worker-2", "worker-9"), kept);
        assertEquals(7, recorder.rawSkippedCount());
    }

    private static HistoryEvent.HeartbeatSeen seen(HistoryEvent event) {
        return (HistoryEvent.HeartbeatSeen) event;
    }

    private static Heartbeat heartbeat(long sent) {
        return new Heartbeat(Recording.key("worker"), NOW, "1.0.0", ClientStatus.HEALTHY,
                new Metrics(sent, sent, 0, sent), null);
    }

    private static Heartbeat heartbeat(String client) {
        return new Heartbeat(Recording.key(client), NOW, "1.0.0", ClientStatus.HEALTHY,
                Metrics.ZERO, null);
    }
}
