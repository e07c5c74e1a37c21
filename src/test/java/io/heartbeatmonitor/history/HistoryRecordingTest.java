package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a monitor run leaves in the history: sessions, their end reasons and counts. */
class HistoryRecordingTest {

    @TempDir
    Path folder;

    @Test
    void sessionEndsAreStoredWithTheirReasons() throws Exception {
        try (Recording recording = new Recording(folder)) {
            recording.heartbeat("leaver", 1, 10);
            recording.heartbeat("crasher", 1, 10);
            recording.heartbeat("stayer", 1, 10);
            recording.advanceSeconds(30);
            recording.heartbeat("leaver", ClientStatus.DISCONNECTING, new Metrics(2, 4, 0, 40), null);
            recording.heartbeat("stayer", 2, 40);
            for (int i = 0; i < 4; i++) {
                recording.advanceSeconds(30);
                recording.heartbeat("stayer", 3 + i, 70 + 30 * i);
            }
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<SessionRecord> sessions = reader.sessions(ClientFilter.tenant(Recording.TENANT),
                        TimeRange.last(Duration.ofHours(1), recording.clock.now()));
                assertEquals(3, sessions.size(), sessions.toString());
                assertEquals(EndReason.DISCONNECTED, endOf(sessions, "leaver").endReason());
                assertEquals(EndReason.TIMEOUT, endOf(sessions, "crasher").endReason());
                assertEquals(EndReason.MONITOR_STOPPED, endOf(sessions, "stayer").endReason());
                assertEquals(6, endOf(sessions, "stayer").heartbeats());
            }
        }
    }

    private static SessionRecord endOf(List<SessionRecord> sessions, String client) {
        return sessions.stream().filter(s -> s.key().client().equals(client)).findFirst().orElseThrow();
    }
}
