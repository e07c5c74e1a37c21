package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.Gap;
import io.heartbeatmonitor.history.query.GapCause;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A monitor killed while it writes leaves a consistent file; the next one closes the sessions
 * it left open as monitor-stopped at their last heartbeat and shows the time since as a gap.
 */
class CrashRecoveryTest {

    @TempDir
    Path folder;

    @Test
    void aMonitorKilledMidBatchLeavesAConsistentFileThatTheNextOneTidiesUp() throws Exception {
        Path file = folder.resolve("history.db");
        Instant before = Instant.now();
        try (ChildJvm child = ChildJvm.start("crash", file.toString())) {
            // Long enough for many batches to commit, so that the kill lands inside one.
            Thread.sleep(500);
            child.kill();
        }
        assertEquals("ok", Sqlite.integrity(file));
        long leftOpen = Sqlite.number(file, "SELECT count(*) FROM sessions WHERE ended_ms IS NULL");

        Instant restart = Instant.now();
        HistoryStore.open(file, "acme", HistorySettings.DEFAULTS, MonitorClock.system()).close();

        try (HistoryReader reader = HistoryReader.open(file)) {
            TimeRange range = new TimeRange(before, Instant.now().plusSeconds(1));
            List<SessionRecord> sessions = reader.sessions(ClientFilter.tenant("acme"), range);
            List<SessionRecord> closedByRecovery = sessions.stream()
                    .filter(s -> s.endReason() == EndReason.MONITOR_STOPPED).toList();
            // Half the clients never restart, so at least their sessions were open at the kill.
            assertTrue(leftOpen >= 100, "open sessions at the crash: " + leftOpen);
            assertEquals(leftOpen, closedByRecovery.size());
            assertTrue(closedByRecovery.stream().allMatch(s -> s.end().equals(s.lastHeartbeat())));
            assertTrue(sessions.stream().noneMatch(SessionRecord::isOpen));

            List<Gap> gaps = reader.gaps("acme", range);
            Gap crash = gaps.get(gaps.size() - 1);
            assertEquals(GapCause.CRASHED, crash.cause(), gaps.toString());
            assertTrue(crash.start().isBefore(restart), gaps.toString());
            Instant lastSign = lastHeartbeat(closedByRecovery).minusSeconds(6);
            assertTrue(!crash.start().isBefore(lastSign), gaps.toString());
        }
        assertEquals(1, Sqlite.number(file,
                "SELECT count(*) FROM monitor_runs WHERE end_kind = 'crashed'"));
        assertEquals(0, Sqlite.number(file, "SELECT count(*) FROM sessions WHERE ended_ms IS NULL"));
    }

    private static Instant lastHeartbeat(List<SessionRecord> sessions) {
        return sessions.stream().map(SessionRecord::lastHeartbeat).max(Instant::compareTo).orElseThrow();
    }
}
