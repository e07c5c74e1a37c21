package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.history.query.ClientFilter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only one monitor writes a history file; another is told which process has it. */
class SecondWriterTest {

    @TempDir
    Path folder;

    @Test
    void aSecondStoreInTheSameProcessIsRefused() throws Exception {
        Path file = folder.resolve("history.db");
        try (HistoryStore first = open(file)) {
            HistoryException second = assertThrows(HistoryException.class, () -> open(file));

            BadFileTest.assertOneLineNaming(file, "process " + ProcessHandle.current().pid(), second);
        }
        open(file).close();
    }

    @Test
    void aSecondMonitorProcessIsRefusedWhileReadersStillWork() throws Exception {
        Path file = folder.resolve("history.db");
        try (ChildJvm child = ChildJvm.start("hold", file.toString())) {
            HistoryException second = assertThrows(HistoryException.class, () -> open(file));

            String holder = "another Heartbeat Monitor (process " + child.pid() + ")";
            BadFileTest.assertOneLineNaming(file, holder, second);
            try (HistoryReader reader = HistoryReader.open(file)) {
                assertEquals(200, reader.clients(ClientFilter.tenant("acme")).size());
            }
            assertEquals(0, child.finish(Duration.ofSeconds(30)));
        }

        try (HistoryStore afterwards = open(file)) {
            assertNull(afterwards.stats().failure());
        }
    }

    private static HistoryStore open(Path file) throws HistoryException {
        return HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system());
    }
}
