package io.heartbeatmonitor.core.presence;

import static io.heartbeatmonitor.core.presence.TrackerHarness.KEY;
import static io.heartbeatmonitor.core.presence.TrackerHarness.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A session is one stretch of presence, from the first heartbeat to offline. */
class PresenceTrackerSessionTest {

    private final TrackerHarness monitor = new TrackerHarness();

    @Test
    void firstHeartbeatOpensASession() {
        monitor.receive(monitor.heartbeat().version("2.0.1"));

        Session session = monitor.events.started().getFirst();
        assertEquals(KEY, session.key());
        assertEquals(monitor.clock.now(), session.start());
        assertEquals("2.0.1", session.version());
        assertTrue(session.isOpen());
        assertEquals(monitor.clock.now(), monitor.snapshot().sessionStart());
    }

    @Nested
    class Ending {

        @Test
        void sessionEndsWithTimeoutAndCountsItsHeartbeatsAndWorstStatus() {
            Instant start = monitor.clock.now();
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(30);
            monitor.receive(ClientStatus.UNHEALTHY);
            monitor.secondsPass(30);
            monitor.receive(ClientStatus.DEGRADED);

            monitor.secondsPass(90);

            Session ended = onlyEnded();
            assertEquals(start, ended.start());
            assertEquals(start.plusSeconds(150), ended.end());
            assertEquals(EndReason.TIMEOUT, ended.endReason());
            assertEquals(3, ended.heartbeats());
            assertEquals(ClientStatus.UNHEALTHY, ended.worstStatus());
            assertNull(monitor.snapshot().sessionStart());
        }

        @Test
        void sessionEndsWithDisconnectedWhenTheClientSaysSo() {
            Instant start = monitor.clock.now();
            monitor.receive(ClientStatus.HEALTHY);
            monitor.secondsPass(30);
            monitor.receive(ClientStatus.DEGRADED);
            monitor.secondsPass(10);

            monitor.receive(ClientStatus.DISCONNECTING);

            Session ended = onlyEnded();
            assertEquals(start, ended.start());
            assertEquals(monitor.clock.now(), ended.end());
            assertEquals(EndReason.DISCONNECTED, ended.endReason());
            assertEquals(3, ended.heartbeats());
            assertEquals(ClientStatus.DEGRADED, ended.worstStatus());
        }

        @Test
        void sessionEndsWithMonitorStoppedWhileClientStateStays() {
            monitor.receive(ClientStatus.UNHEALTHY);
            monitor.secondsPass(20);

            monitor.tracker.stop();

            Session ended = onlyEnded();
            assertEquals(EndReason.MONITOR_STOPPED, ended.endReason());
            assertEquals(monitor.clock.now(), ended.end());
            assertEquals(1, ended.heartbeats());
            assertEquals(PresenceState.UNHEALTHY, monitor.state());
        }

        @Test
        void stoppingTheMonitorEndsNoSessionOfAClientAlreadyOffline() {
            monitor.receive(monitor.heartbeat(OTHER));
            monitor.receive(ClientStatus.HEALTHY);
            monitor.receive(ClientStatus.DISCONNECTING);
            monitor.events.clear();

            monitor.tracker.stop();

            assertEquals(List.of("session-ended worker-8 monitor-stopped"), monitor.events.log());
        }

        @Test
        void sessionEndedByStoppingTheMonitorIsNotEndedAgainByALaterTick() {
            monitor.receive(ClientStatus.HEALTHY);
            monitor.tracker.stop();

            monitor.secondsPass(120);

            assertEquals(1, monitor.events.ended().size(), () -> monitor.events.log().toString());
        }
    }

    @Nested
    class Restart {

        @ParameterizedTest(name = "{0} went down")
        @CsvSource({
            "messages_sent,     9, 10, 10, 100",
            "messages_received, 10, 9, 10, 100",
            "errors,            10, 10, 9, 100",
            "uptime_seconds,    10, 10, 10, 3",
        })
        void counterThatGoesDownEndsTheSessionWithRestart(
                String counter, long sent, long received, long errors, long uptime) {
            monitor.receive(monitor.heartbeat().metrics(10, 10, 10, 100));
            monitor.secondsPass(30);

            monitor.receive(monitor.heartbeat().metrics(sent, received, errors, uptime));

            assertEquals(EndReason.RESTART, onlyEnded().endReason());
            assertEquals(1, onlyEnded().heartbeats());
            assertEquals(1, monitor.snapshot().restarts());
            assertEquals(monitor.clock.now(), monitor.snapshot().lastRestart());
        }

        @Test
        void restartWhileOnlineKeepsTheClientOnlineAndOpensANewSession() {
            monitor.receive(monitor.heartbeat().metrics(50, 40, 1, 3600).version("1.0.0"));
            monitor.secondsPass(30);
            monitor.events.clear();

            monitor.receive(monitor.heartbeat().metrics(0, 0, 0, 2).version("1.1.0"));

            assertEquals(PresenceState.HEALTHY, monitor.state());
            assertEquals(List.of("session-ended worker-7 restart", "session-started worker-7",
                    "heartbeat worker-7 healthy"), monitor.events.log());
            Session opened = monitor.events.started().getFirst();
            assertEquals(monitor.clock.now(), opened.start());
            assertEquals("1.1.0", opened.version());
            assertEquals(monitor.clock.now(), monitor.snapshot().sessionStart());
        }

        @Test
        void countersThatGrowOrStayAreNoRestart() {
            monitor.receive(monitor.heartbeat().metrics(5, 5, 0, 30));
            monitor.secondsPass(30);
            monitor.receive(monitor.heartbeat().metrics(5, 9, 0, 60));
            monitor.secondsPass(30);

            monitor.receive(monitor.heartbeat().metrics(7, 9, 1, 90));

            assertEquals(0, monitor.snapshot().restarts());
            assertTrue(monitor.events.ended().isEmpty());
        }

        @Test
        void restartNoticedAfterOfflineIsCountedButEndsNoFurtherSession() {
            monitor.receive(monitor.heartbeat().metrics(50, 40, 1, 3600));
            monitor.secondsPass(100);
            monitor.events.clear();

            monitor.receive(monitor.heartbeat().metrics(0, 0, 0, 1));

            assertEquals(1, monitor.snapshot().restarts());
            assertTrue(monitor.events.ended().isEmpty());
            assertEquals(1, monitor.events.started().size());
        }
    }

    private Session onlyEnded() {
        List<Session> ended = monitor.events.ended();
        assertEquals(1, ended.size(), () -> "sessions ended: " + ended);
        return ended.getFirst();
    }
}
