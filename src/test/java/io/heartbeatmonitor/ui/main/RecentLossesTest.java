package io.heartbeatmonitor.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.MonitorLosses;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the loss banner tells, from the monitor's running totals, second by second. */
class RecentLossesTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final String FULL = "/data/history.db cannot grow: the disk is full";

    private final RecentLosses recent = new RecentLosses();

    @BeforeEach
    void startCounting() {
        recent.reset(START);
    }

    @Test
    void aMonitorThatLosesNothingHasNothingToTell() {
        recent.add(MonitorLosses.NONE, START.plusSeconds(1));

        assertFalse(recent.any());
        assertEquals("", recent.headline());
        assertEquals("", recent.detail());
    }

    @Test
    void droppedHeartbeatsAreToldWithTheirCountAndWhatTheyMean() {
        recent.add(new MonitorLosses(12_345, 0, 0, null), START.plusSeconds(1));

        assertTrue(recent.any());
        assertEquals("FALLING BEHIND: 12\u2009345 heartbeats dropped in the last minute", recent.headline());
        assertTrue(recent.detail().contains("may show as late or offline"), recent.detail());
    }

    @Test
    void aLossIsToldForAMinuteAfterItHappenedThenNoMore() {
        recent.add(new MonitorLosses(500, 0, 0, null), START.plusSeconds(1));
        for (int second = 2; second <= 60; second++) {
            recent.add(new MonitorLosses(500, 0, 0, null), START.plusSeconds(second));
        }
        assertEquals(500, recent.heartbeatsDropped(), "still within the minute");

        recent.add(new MonitorLosses(500, 0, 0, null), START.plusSeconds(61));

        assertEquals(0, recent.heartbeatsDropped());
        assertFalse(recent.any());
    }

    @Test
    void onlyTheLastMinutesDropsAreCountedWhileTheTotalGrows() {
        recent.add(new MonitorLosses(1_000, 0, 0, null), START.plusSeconds(10));
        recent.add(new MonitorLosses(1_000, 0, 0, null), START.plusSeconds(70));

        recent.add(new MonitorLosses(1_250, 0, 0, null), START.plusSeconds(80));

        assertEquals(250, recent.heartbeatsDropped());
        assertTrue(recent.detail().contains("1\u2009250 dropped since it started"), recent.detail());
    }

    @Test
    void historyThatCannotKeepUpIsToldAsSuchAndPresenceStaysLive() {
        recent.add(new MonitorLosses(0, 4_321, 0, null), START.plusSeconds(1));

        assertEquals(4_321, recent.historyDropped());
        assertEquals("HISTORY BEHIND: 4\u2009321 events not recorded in the last minute", recent.headline());
        assertTrue(recent.detail().contains("presence on screen stays live"), recent.detail());
    }

    @Test
    void aFailureThatComesAndGoesStaysToldForAMinuteAfterItWasLastSeen() {
        recent.add(new MonitorLosses(0, 0, 8_192, FULL), START.plusSeconds(1));
        recent.add(new MonitorLosses(0, 0, 8_192, null), START.plusSeconds(2));
        recent.add(new MonitorLosses(0, 0, 16_384, FULL), START.plusSeconds(3));

        recent.add(new MonitorLosses(0, 0, 16_384, null), START.plusSeconds(4));

        assertEquals("HISTORY NOT RECORDED", recent.headline(), "no flicker while it comes and goes");
        assertTrue(recent.detail().contains(FULL), recent.detail());

        recent.add(new MonitorLosses(0, 0, 16_384, null), START.plusSeconds(64));

        assertFalse(recent.any());
    }

    @Test
    void historyLostToAFailureTooShortToBeSeenIsToldAsLost() {
        recent.add(new MonitorLosses(0, 500, 8_192, null), START.plusSeconds(1));

        assertEquals("HISTORY INCOMPLETE: 8\u2009192 events lost in the last minute", recent.headline());
        assertTrue(recent.detail().contains("failed for a while and works again"), recent.detail());
    }

    @Test
    void aFailingHistoryIsToldWhileItFailsWithTheAdviceOfTheFailure() {
        recent.add(new MonitorLosses(0, 0, 10, FULL), START.plusSeconds(1));
        recent.add(new MonitorLosses(0, 0, 10, FULL), START.plusSeconds(300));

        assertTrue(recent.any(), "the failure outlasts the minute of its losses");
        assertEquals("HISTORY NOT RECORDED", recent.headline());
        assertTrue(recent.detail().startsWith("Writing failed, last at "), recent.detail());
        assertTrue(recent.detail().endsWith(FULL + ". Presence on screen stays live."), recent.detail());

        recent.add(new MonitorLosses(0, 0, 10, null), START.plusSeconds(361));

        assertFalse(recent.any(), "writing has worked for a minute");
    }

    @Test
    void droppedHeartbeatsComeFirstAndTheHistorysTroubleFollowsInTheDetail() {
        recent.add(new MonitorLosses(7, 0, 3, FULL), START.plusSeconds(1));

        assertTrue(recent.headline().startsWith("FALLING BEHIND: 7 heartbeats"), recent.headline());
        assertTrue(recent.detail().contains("The history is not recorded either: " + FULL), recent.detail());
    }

    @Test
    void historyMissedBesideDroppedHeartbeatsIsCountedInTheDetail() {
        recent.add(new MonitorLosses(7, 2, 1, null), START.plusSeconds(1));

        assertTrue(recent.detail().endsWith("The history missed 3 events too."), recent.detail());
    }

    @Test
    void aNewMonitorStartsFromNothing() {
        recent.add(new MonitorLosses(900, 0, 0, null), START.plusSeconds(1));

        recent.reset(START.plusSeconds(2));
        recent.add(new MonitorLosses(0, 0, 0, null), START.plusSeconds(3));

        assertFalse(recent.any());
    }
}
