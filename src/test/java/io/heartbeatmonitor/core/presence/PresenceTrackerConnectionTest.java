package io.heartbeatmonitor.core.presence;

import static io.heartbeatmonitor.core.presence.TrackerHarness.KEY;
import static io.heartbeatmonitor.core.presence.TrackerHarness.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A gap in monitoring is recorded as a gap, not as downtime of the clients: without its own
 * NATS connection the monitor declares nobody late or offline, and after reconnecting it gives
 * every client one whole timeout before it does.
 */
class PresenceTrackerConnectionTest {

    private final TrackerHarness monitor = new TrackerHarness();

    @Test
    void newTrackerIsStaleUntilItsFirstConnection() {
        FakeClock clock = new FakeClock();
        PresenceTracker tracker = new PresenceTracker(clock, PresenceSettings.DEFAULTS);
        Instant created = clock.now();
        clock.advanceSeconds(3);

        Optional<Instant> before = tracker.staleSince();
        tracker.connectionChanged(ConnectionState.CONNECTED);

        assertEquals(Optional.of(created), before);
        assertEquals(Optional.empty(), tracker.staleSince());
    }

    @Nested
    class WhileDisconnected {

        @Test
        void nobodyGoesLateOrOfflineHoweverLong() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.receive(monitor.heartbeat(OTHER).status(ClientStatus.DEGRADED));
            monitor.secondsPass(10);
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.events.clear();

            monitor.timePasses(Duration.ofHours(3));

            assertEquals(PresenceState.HEALTHY, monitor.state(KEY));
            assertEquals(PresenceState.DEGRADED, monitor.state(OTHER));
            assertTrue(monitor.events.log().isEmpty(), () -> monitor.events.log().toString());
        }

        @Test
        void pictureIsStaleSinceTheConnectionWasLost() {
            monitor.secondsPass(10);
            Instant lost = monitor.clock.now();

            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.secondsPass(60);
            monitor.tracker.connectionChanged(ConnectionState.CLOSED);

            assertEquals(Optional.of(lost), monitor.tracker.staleSince());
        }

        @Test
        void closedConnectionAlsoStopsTimeouts() {
            monitor.receive(ClientStatus.HEALTHY);

            monitor.tracker.connectionChanged(ConnectionState.CLOSED);
            monitor.secondsPass(600);

            assertEquals(PresenceState.HEALTHY, monitor.state());
        }

        @Test
        void listenersHearOfEveryConnectionChange() {
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.tracker.connectionChanged(ConnectionState.RECONNECTED);
            monitor.tracker.connectionChanged(ConnectionState.CLOSED);

            assertEquals(List.of("connection disconnected", "connection reconnected",
                    "connection closed"), monitor.events.log());
        }
    }

    @Nested
    class AfterReconnecting {

        @Test
        void pictureIsNoLongerStale() {
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.secondsPass(30);

            monitor.tracker.connectionChanged(ConnectionState.RECONNECTED);

            assertEquals(Optional.empty(), monitor.tracker.staleSince());
        }

        @Test
        void clientGoesOfflineOnlyOneFullTimeoutAfterTheReconnect() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(10);
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.secondsPass(600);
            monitor.tracker.connectionChanged(ConnectionState.RECONNECTED);
            Instant reconnected = monitor.clock.now();

            monitor.timePasses(Duration.ofSeconds(90).minusMillis(1));
            PresenceState justBefore = monitor.state();
            monitor.timePasses(Duration.ofMillis(1));

            assertEquals(PresenceState.LATE, justBefore);
            assertEquals(PresenceState.OFFLINE, monitor.state());
            assertEquals(OfflineReason.TIMEOUT, monitor.snapshot().offlineReason());
            assertEquals(reconnected.plusSeconds(90), monitor.events.ended().getFirst().end());
        }

        @Test
        void clientIsLateOnlyIntervalPlusGraceAfterTheReconnect() {
            monitor.receive(ClientStatus.UNHEALTHY);
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.secondsPass(300);
            monitor.tracker.connectionChanged(ConnectionState.RECONNECTED);

            monitor.secondsPass(35);
            PresenceState atGraceEnd = monitor.state();
            monitor.secondsPass(1);

            assertEquals(PresenceState.UNHEALTHY, atGraceEnd);
            assertEquals(PresenceState.LATE, monitor.state());
        }

        @Test
        void clientAlreadyLateBeforeTheGapIsNotOfflineRightAfterIt() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(80);
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.secondsPass(5);
            monitor.tracker.connectionChanged(ConnectionState.RECONNECTED);

            monitor.secondsPass(89);

            assertEquals(PresenceState.LATE, monitor.state());
        }

        @Test
        void clientThatSendsAgainStaysInItsSession() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            monitor.secondsPass(300);
            monitor.tracker.connectionChanged(ConnectionState.RECONNECTED);
            monitor.secondsPass(20);

            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(30);

            assertEquals(PresenceState.HEALTHY, monitor.state());
            assertEquals(1, monitor.events.started().size());
            assertTrue(monitor.events.ended().isEmpty());
        }
    }
}
