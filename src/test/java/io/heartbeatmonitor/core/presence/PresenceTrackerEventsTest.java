package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.testing.RecordingListener;
import static io.heartbeatmonitor.core.presence.TrackerHarness.KEY;
import static io.heartbeatmonitor.core.presence.TrackerHarness.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatParser;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.Rejection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the tracker hands on: rejections, the coalesced list of changes, listener events. */
class PresenceTrackerEventsTest {

    private static final String SUBJECT = HeartbeatSubject.of(KEY);

    private final TrackerHarness monitor = new TrackerHarness();
    private final HeartbeatIngest ingest = new HeartbeatIngest(new HeartbeatParser(), monitor.tracker);

    @Nested
    class Rejections {

        @Test
        void rejectedHeartbeatsAreCountedAgainstTheirClientWithTheLastReason() {
            String wrongCase = validPayload().replace("\"healthy\"", "\"Healthy\"");

            boolean first = ingest.accept(SUBJECT, utf8("not json"));
            boolean second = ingest.accept(SUBJECT, utf8(wrongCase));

            assertFalse(first || second);
            ClientSnapshot client = monitor.snapshot();
            assertEquals(2, client.rejected());
            assertEquals("unknown-status: unknown status 'Healthy'", client.lastRejection());
            assertEquals(PresenceState.UNKNOWN, client.state());
            assertEquals(2, monitor.tracker.rejectedCount());
        }

        @Test
        void acceptedAndRejectedHeartbeatsAreCountedApart() {
            boolean accepted = ingest.accept(SUBJECT, utf8(validPayload()));
            ingest.accept(SUBJECT, utf8("[]"));

            assertTrue(accepted);
            assertEquals(1, monitor.snapshot().heartbeats());
            assertEquals(1, monitor.snapshot().rejected());
            assertEquals(1, monitor.tracker.acceptedCount());
            assertEquals(1, monitor.tracker.rejectedCount());
        }

        @Test
        void rejectedHeartbeatsDoNotKeepAClientOnline() {
            ingest.accept(SUBJECT, utf8(validPayload()));

            for (int i = 0; i < 6; i++) {
                monitor.secondsPass(15);
                ingest.accept(SUBJECT, utf8("{\"status\": \"healthy\"}"));
            }

            assertEquals(PresenceState.OFFLINE, monitor.state());
            assertEquals(OfflineReason.TIMEOUT, monitor.snapshot().offlineReason());
        }

        @Test
        void rejectionOnASubjectThatNamesNoClientIsCountedButCreatesNoClient() {
            ingest.accept("_HEARTBEAT.tenant.acme", utf8(validPayload()));

            assertEquals(0, monitor.tracker.size());
            assertEquals(1, monitor.tracker.rejectedCount());
            Rejection rejection = monitor.events.rejections().getFirst();
            assertEquals(RejectReason.BAD_SUBJECT, rejection.reason());
        }

        @Test
        void listenersHearOfEachRejection() {
            ingest.accept(SUBJECT, utf8("{}"));

            assertEquals(List.of("rejected " + SUBJECT + " missing-field"), monitor.events.log());
        }
    }

    @Nested
    class DrainChanged {

        @Test
        void eachChangedClientIsReturnedOnceWithItsLatestState() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.receive(monitor.heartbeat(OTHER));
            monitor.receive(ClientStatus.DEGRADED);
            monitor.receive(ClientStatus.UNHEALTHY);

            List<ClientSnapshot> changed = sorted(monitor.tracker.drainChanged());

            assertEquals(List.of(KEY, OTHER), changed.stream().map(ClientSnapshot::key).toList());
            assertEquals(PresenceState.UNHEALTHY, changed.getFirst().state());
            assertEquals(3, changed.getFirst().heartbeats());
        }

        @Test
        void nothingIsReturnedTwice() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.tracker.drainChanged();

            List<ClientSnapshot> second = monitor.tracker.drainChanged();

            assertTrue(second.isEmpty(), second::toString);
        }

        @Test
        void clientsChangedByTheTickerAreReturned() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.receive(monitor.heartbeat(OTHER));
            monitor.tracker.drainChanged();

            monitor.secondsPass(36);

            List<ClientSnapshot> changed = sorted(monitor.tracker.drainChanged());
            assertEquals(List.of(PresenceState.LATE, PresenceState.LATE),
                    changed.stream().map(ClientSnapshot::state).toList());
        }

        @Test
        void heartbeatWithoutChangeOfStateIsStillReturnedBecauseLastSeenMoved() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.tracker.drainChanged();
            monitor.secondsPass(30);

            monitor.receive(ClientStatus.HEALTHY);

            assertEquals(monitor.clock.now(), monitor.tracker.drainChanged().getFirst().lastSeen());
        }

        @Test
        void knownClientsAndRejectionsAreReturned() {
            monitor.tracker.addKnown(OTHER, null);
            ingest.accept(SUBJECT, utf8("oops"));

            List<ClientSnapshot> changed = sorted(monitor.tracker.drainChanged());

            assertEquals(List.of(KEY, OTHER), changed.stream().map(ClientSnapshot::key).toList());
        }
    }

    @Nested
    class Listeners {

        @Test
        void listenerIsToldTheLifeOfAClientInOrder() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(30);
            monitor.receive(ClientStatus.DEGRADED);
            monitor.secondsPass(90);
            monitor.receive(ClientStatus.HEALTHY);
            monitor.receive(ClientStatus.DISCONNECTING);

            assertEquals(List.of(
                    "session-started worker-7",
                    "state worker-7 unknown->healthy",
                    "heartbeat worker-7 healthy",
                    "state worker-7 healthy->degraded",
                    "heartbeat worker-7 degraded",
                    "state worker-7 degraded->late",
                    "session-ended worker-7 timeout",
                    "state worker-7 late->offline (timeout)",
                    "session-started worker-7",
                    "state worker-7 offline->healthy",
                    "heartbeat worker-7 healthy",
                    "session-ended worker-7 disconnected",
                    "state worker-7 healthy->offline (disconnected)",
                    "heartbeat worker-7 disconnecting"),
                    monitor.events.log());
        }

        @Test
        void presenceChangeCarriesTheMomentOfTheTransition() {
            monitor.receive(ClientStatus.HEALTHY);
            Instant heard = monitor.clock.now();

            monitor.secondsPass(90);

            PresenceChange offline = monitor.events.changes().getLast();
            assertEquals(heard.plusSeconds(90), offline.at());
            assertEquals(OfflineReason.TIMEOUT, offline.reason());
        }

        @Test
        void listenerThatThrowsBreaksNeitherTheTrackerNorTheListenersAfterIt() {
            RecordingListener after = new RecordingListener();
            monitor.tracker.addListener(new ThrowingListener());
            monitor.tracker.addListener(after);

            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(90);
            ingest.accept(SUBJECT, utf8("oops"));
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);

            assertEquals(PresenceState.OFFLINE, monitor.state());
            assertEquals(monitor.events.log(), after.log());
            assertEquals(8, after.log().size(), after.log()::toString);
        }
    }

    private static List<ClientSnapshot> sorted(List<ClientSnapshot> snapshots) {
        return snapshots.stream().sorted(Comparator.comparing(ClientSnapshot::key)).toList();
    }

    private String validPayload() {
        Heartbeat heartbeat = monitor.heartbeat().build();
        return new String(new HeartbeatEncoder().encode(heartbeat), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Fails on every event, as a buggy view or history writer might. */
    private static final class ThrowingListener implements MonitorListener {

        @Override
        public void onPresenceChange(PresenceChange change) {
            throw new IllegalStateException("listener broken on purpose");
        }

        @Override
        public void onSessionStarted(Session session) {
            throw new IllegalStateException("listener broken on purpose");
        }

        @Override
        public void onSessionEnded(Session session) {
            throw new IllegalStateException("listener broken on purpose");
        }

        @Override
        public void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
            throw new IllegalStateException("listener broken on purpose");
        }

        @Override
        public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
            throw new IllegalStateException("listener broken on purpose");
        }

        @Override
        public void onConnection(ConnectionState state, Instant at) {
            throw new IllegalStateException("listener broken on purpose");
        }
    }
}
