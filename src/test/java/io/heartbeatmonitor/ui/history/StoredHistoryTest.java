package io.heartbeatmonitor.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.HistoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detail's history read from a real SQLite file that a real store recorded, fed by a real
 * tracker on a clock moved by hand: one client that comes, degrades, times out, is not watched
 * for a while, and comes back after a restart.
 */
class StoredHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final ClientKey KEY = new ClientKey("acme", "worker-1");
    private static final PresenceSettings SETTINGS =
            new PresenceSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(5));

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock(T0);
    private final PresenceTracker tracker = new PresenceTracker(clock, SETTINGS);
    private HistoryReader reader;
    private StoredHistory history;

    @BeforeEach
    void recordOneClientsDay() throws Exception {
        Path file = folder.resolve("history.db");
        HistoryStore store = HistoryStore.open(file, "acme", HistorySettings.DEFAULTS, clock);
        tracker.addListener(store.recorder());
        tracker.connectionChanged(ConnectionState.CONNECTED);
        at(10, () -> beat(ClientStatus.HEALTHY, new Metrics(10, 10, 0, 100)));
        at(11, () -> beat(ClientStatus.DEGRADED, new Metrics(20, 25, 1, 101)));
        at(21, tracker::tick);
        at(26, () -> tracker.connectionChanged(ConnectionState.DISCONNECTED));
        at(46, () -> tracker.connectionChanged(ConnectionState.RECONNECTED));
        at(51, () -> beat(ClientStatus.HEALTHY, new Metrics(3, 4, 0, 2)));
        at(52, () -> tracker.reject(new Rejection("_HEARTBEAT.tenant.acme.client.worker-1", KEY,
                RejectReason.UNKNOWN_STATUS, "unknown status 'fine'"), "{\"status\":\"fine\"}".getBytes()));
        at(60, () -> { });
        store.flush();
        reader = HistoryReader.open(file, clock);
        history = new StoredHistory(reader);
    }

    @AfterEach
    void close() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }

    @Test
    void sessionsComeNewestFirstWithHowTheyEnded() {
        List<Session> sessions = history.sessions(KEY, 10);

        assertEquals(2, sessions.size());
        assertTrue(sessions.get(0).isOpen());
        assertEquals(t(51), sessions.get(0).start());
        assertEquals(EndReason.TIMEOUT, sessions.get(1).endReason());
        assertEquals(t(10), sessions.get(1).start());
        assertEquals(t(21), sessions.get(1).end());
        assertEquals(ClientStatus.DEGRADED, sessions.get(1).worstStatus());
        assertEquals(2, sessions.get(1).heartbeats());
    }

    @Test
    void theTimelineLeavesTheTimeWithoutConnectionUncovered() {
        List<StateSpan> timeline = history.stateTimeline(KEY, T0, t(60));

        assertEquals(List.of(
                new StateSpan(t(0), t(10), PresenceState.UNKNOWN),
                new StateSpan(t(10), t(11), PresenceState.HEALTHY),
                new StateSpan(t(11), t(21), PresenceState.DEGRADED),
                new StateSpan(t(21), t(26), PresenceState.OFFLINE),
                new StateSpan(t(46), t(51), PresenceState.OFFLINE),
                new StateSpan(t(51), t(60), PresenceState.HEALTHY)), timeline);
    }

    @Test
    void aTimelineThatStartsLaterTakesTheStateFromTheChangeBefore() {
        List<StateSpan> timeline = history.stateTimeline(KEY, t(15), t(25));

        assertEquals(List.of(
                new StateSpan(t(15), t(21), PresenceState.DEGRADED),
                new StateSpan(t(21), t(25), PresenceState.OFFLINE)), timeline);
    }

    @Test
    void availabilityCountsOnlyTheTimeTheMonitorWatched() {
        Availability day = history.availability(KEY, Duration.ofHours(24), t(60));

        // Monitored from the client's first heartbeat, less the 20 s without a connection.
        assertEquals(Duration.ofSeconds(50 - 20), day.monitored());
        assertEquals(Duration.ofSeconds(11 + 9), day.online());
    }

    @Test
    void countersPerMinuteStayPositiveAcrossTheRestart() {
        List<MinuteMetrics> minutes = history.minuteMetrics(KEY, T0, t(60));

        assertEquals(1, minutes.size(), minutes::toString);
        MinuteMetrics minute = minutes.get(0);
        assertEquals(T0, minute.minute());
        assertTrue(minute.sent() >= 0 && minute.received() >= 0 && minute.errors() >= 0, minute::toString);
        assertTrue(minute.sent() < 1_000, "a restart is not counted as a giant rate: " + minute);
    }

    @Test
    void rawHeartbeatsAndRejectionsComeNewestFirst() {
        List<RawHeartbeat> raw = history.lastHeartbeats(KEY, 5);
        List<RejectedHeartbeat> rejected = history.rejections(KEY, 10);

        assertEquals(t(51), raw.get(0).receivedAt());
        assertTrue(raw.get(0).payload().contains("\"healthy\""), raw.get(0).payload());
        assertEquals(1, rejected.size());
        assertEquals(RejectReason.UNKNOWN_STATUS, rejected.get(0).reason());
        assertEquals("{\"status\":\"fine\"}", rejected.get(0).payload());
    }

    @Test
    void anUnknownClientHasAnEmptyPast() {
        ClientKey stranger = new ClientKey("acme", "stranger");

        assertEquals(List.of(), history.sessions(stranger, 5));
        assertEquals(List.of(), history.stateTimeline(stranger, T0, t(60)));
        assertEquals(List.of(), history.lastHeartbeats(stranger, 5));
        assertEquals(Duration.ZERO, history.availability(stranger, Duration.ofDays(7), t(60)).online());
    }

    private void beat(ClientStatus status, Metrics metrics) {
        Heartbeat heartbeat = new Heartbeat(KEY, clock.now(), "1.0.0", status, metrics,
                new Metadata("Worker 1", "worker", List.of("work")));
        String json = "{\"client_id\":\"worker-1\",\"status\":\"" + status.wireName() + "\"}";
        tracker.accept(heartbeat, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Moves the clock to {@code seconds} after the start and does {@code step} there. */
    private void at(long seconds, Runnable step) {
        clock.advance(Duration.between(clock.now(), t(seconds)));
        step.run();
    }

    private static Instant t(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
