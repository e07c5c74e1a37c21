package io.heartbeatmonitor.core.presence;

import static io.heartbeatmonitor.core.presence.TrackerHarness.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The presence rules of DESIGN.md, "Presence, precisely", with the default 30/5/90 s. */
class PresenceTrackerTest {

    private final TrackerHarness monitor = new TrackerHarness();

    @Nested
    class ReportedStatus {

        @ParameterizedTest
        @CsvSource({"HEALTHY, HEALTHY", "DEGRADED, DEGRADED", "UNHEALTHY, UNHEALTHY"})
        void firstHeartbeatPutsClientInTheStateItReports(ClientStatus status, PresenceState expected) {
            monitor.receive(status);

            assertEquals(expected, monitor.state());
            assertEquals(List.of(new PresenceChange(KEY, monitor.clock.now(), PresenceState.UNKNOWN,
                    expected, null)), monitor.events.changes());
        }

        @Test
        void stateFollowsTheLatestReportedStatus() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(30);

            monitor.receive(ClientStatus.UNHEALTHY);

            assertEquals(PresenceState.UNHEALTHY, monitor.state());
            assertEquals(monitor.clock.now(), monitor.snapshot().stateSince());
        }

        @Test
        void heartbeatWithTheSameStatusIsNoChangeOfState() {
            monitor.receive(ClientStatus.DEGRADED);
            Instant since = monitor.clock.now();
            monitor.secondsPass(30);

            monitor.receive(ClientStatus.DEGRADED);

            assertEquals(since, monitor.snapshot().stateSince());
            assertEquals(1, monitor.events.changes().size());
        }

        @Test
        void clientHeardInTimeStaysInItsReportedState() {
            for (int i = 0; i < 10; i++) {
                monitor.receive(ClientStatus.HEALTHY);
                monitor.secondsPass(30);
            }

            assertEquals(PresenceState.HEALTHY, monitor.state());
            assertEquals(1, monitor.events.started().size());
        }
    }

    @Nested
    class Late {

        @Test
        void clientIsNotLateBeforeIntervalPlusGraceHasPassed() {
            monitor.receive(ClientStatus.HEALTHY);

            monitor.secondsPass(35);

            assertEquals(PresenceState.HEALTHY, monitor.state());
        }

        @Test
        void clientGoesLateOnceIntervalPlusGraceHasPassed() {
            monitor.receive(ClientStatus.DEGRADED);
            monitor.secondsPass(35);

            monitor.timePasses(Duration.ofMillis(1));

            assertEquals(PresenceState.LATE, monitor.state());
            assertTrue(monitor.snapshot().state().isOnline());
            assertEquals(ClientStatus.DEGRADED, monitor.snapshot().reportedStatus());
        }

        @Test
        void lateClientIsBackInItsReportedStateOnItsNextHeartbeat() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(60);

            monitor.receive(ClientStatus.DEGRADED);

            assertEquals(PresenceState.DEGRADED, monitor.state());
            assertEquals(List.of("state worker-7 unknown->healthy", "state worker-7 healthy->late",
                    "state worker-7 late->degraded"), stateLines());
        }

        @Test
        void beingLateDoesNotEndTheSession() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(60);

            monitor.receive(ClientStatus.HEALTHY);

            assertEquals(1, monitor.events.started().size());
            assertTrue(monitor.events.ended().isEmpty());
        }
    }

    @Nested
    class Offline {

        @Test
        void clientGoesOfflineAfterTimeoutWithoutHeartbeat() {
            monitor.receive(ClientStatus.HEALTHY);
            Instant lastHeard = monitor.clock.now();

            monitor.secondsPass(90);

            ClientSnapshot client = monitor.snapshot();
            assertEquals(PresenceState.OFFLINE, client.state());
            assertEquals(OfflineReason.TIMEOUT, client.offlineReason());
            assertEquals(lastHeard.plusSeconds(90), client.stateSince());
            assertEquals(lastHeard, client.lastSeen());
        }

        @Test
        void clientIsStillLateJustBeforeTheTimeout() {
            monitor.receive(ClientStatus.HEALTHY);

            monitor.timePasses(Duration.ofSeconds(90).minusMillis(1));

            assertEquals(PresenceState.LATE, monitor.state());
        }

        @Test
        void clientGoesOfflineAtOnceWhenItSaysItIsDisconnecting() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(10);

            monitor.receive(ClientStatus.DISCONNECTING);

            assertEquals(PresenceState.OFFLINE, monitor.state());
            assertEquals(OfflineReason.DISCONNECTED, monitor.snapshot().offlineReason());
            assertEquals(ClientStatus.DISCONNECTING, monitor.snapshot().reportedStatus());
        }

        @Test
        void offlineClientStaysOfflineHoweverLongItIsSilent() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(90);
            monitor.events.clear();

            monitor.timePasses(Duration.ofHours(2));

            assertEquals(PresenceState.OFFLINE, monitor.state());
            assertTrue(monitor.events.log().isEmpty(), () -> monitor.events.log().toString());
        }

        @Test
        void clientThatComesBackAfterOfflineStartsANewSession() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(120);

            monitor.receive(ClientStatus.DEGRADED);

            ClientSnapshot client = monitor.snapshot();
            assertEquals(PresenceState.DEGRADED, client.state());
            assertNull(client.offlineReason());
            assertEquals(monitor.clock.now(), client.sessionStart());
            assertEquals(2, monitor.events.started().size());
        }

        @Test
        void clientThatSaidDisconnectingStartsANewSessionWhenItReturns() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.receive(ClientStatus.DISCONNECTING);
            monitor.secondsPass(5);

            monitor.receive(ClientStatus.HEALTHY);

            assertEquals(PresenceState.HEALTHY, monitor.state());
            assertEquals(2, monitor.events.started().size());
        }
    }

    @Nested
    class PayloadTimestamp {

        @Test
        void clientWhoseClockIsBehindIsNotLateForIt() {
            Instant hourAgo = monitor.clock.now().minus(Duration.ofHours(1));

            monitor.receive(monitor.heartbeat().timestamp(hourAgo));
            monitor.secondsPass(30);

            assertEquals(PresenceState.HEALTHY, monitor.state());
            assertEquals(Duration.ofHours(-1), monitor.snapshot().clockSkew());
        }

        @Test
        void clientWhoseClockIsAheadStillTimesOutByReceiveTime() {
            Instant hourAhead = monitor.clock.now().plus(Duration.ofHours(1));

            monitor.receive(monitor.heartbeat().timestamp(hourAhead));
            monitor.secondsPass(90);

            assertEquals(PresenceState.OFFLINE, monitor.state());
        }
    }

    private List<String> stateLines() {
        return monitor.events.log().stream().filter(line -> line.startsWith("state ")).toList();
    }
}
