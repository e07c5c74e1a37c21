package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.TimeRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the history cannot use are refused with one line that names the file and says what to
 * do, and are never rewritten or replaced.
 */
class BadFileTest {

    @TempDir
    Path folder;

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItIs() throws Exception {
        Path file = folder.resolve("notes.txt");
        byte[] content = "my precious notes\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        HistoryException writing = assertThrows(HistoryException.class, () -> open(file));
        HistoryException reading = assertThrows(HistoryException.class, () -> HistoryReader.open(file));

        assertOneLineNaming(file, "not a SQLite database", writing);
        assertOneLineNaming(file, "not a SQLite database", reading);
        assertArrayEquals(content, Files.readAllBytes(file));
        assertEquals(List.of("notes.txt"), List.of(folder.toFile().list()));
    }

    @Test
    void aReadOnlyFileIsRefusedForWritingButCanBeRead() throws Exception {
        Path file = folder.resolve("history.db");
        open(file).close();

        try (ReadOnly readOnly = ReadOnly.make(file)) {
            HistoryException writing = assertThrows(HistoryException.class, () -> open(file));
            assertOneLineNaming(file, "read-only", writing);
            try (HistoryReader reader = HistoryReader.open(file)) {
                assertEquals(List.of(), reader.clients(ClientFilter.all()));
            }
        }
    }

    @Test
    void aFileInAReadOnlyFolderIsRefused() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path file = locked.resolve("history.db");

        try (ReadOnly readOnly = ReadOnly.make(locked)) {
            HistoryException writing = assertThrows(HistoryException.class, () -> open(file));

            assertOneLineNaming(file, "read-only", writing);
            assertFalse(Files.exists(file));
        }
    }

    @Test
    void aFullDiskWhileCreatingLeavesAFileThatOpensLater() throws Exception {
        Path file = folder.resolve("history.db");
        HistorySettings tiny = HistorySettings.DEFAULTS.withMaxDatabaseBytes(3 * 4096);

        HistoryException full = assertThrows(HistoryException.class,
                () -> HistoryStore.open(file, null, tiny, MonitorClock.system()));
        open(file).close();

        assertOneLineNaming(file, "disk is full", full);
        try (HistoryReader reader = HistoryReader.open(file)) {
            assertEquals(List.of(), reader.clients(ClientFilter.all()));
        }
    }

    @Test
    void aFullDiskWhileRecordingLosesEventsVisiblyAndKeepsTheFileConsistent() throws Exception {
        Path file = folder.resolve("history.db");
        FakeClock clock = new FakeClock();
        HistorySettings limited = HistorySettings.DEFAULTS.withMaxDatabaseBytes(200 * 1024);
        Recording recording = new Recording(file, clock, limited);
        recording.heartbeat("first", ClientStatus.HEALTHY, Metrics.ZERO, Recording.METADATA);
        recording.store.flush();

        HistoryException full = null;
        for (int round = 0; round < 200 && full == null; round++) {
            for (int i = 0; i < 50; i++) {
                recording.heartbeat("client-" + round + "-" + i, ClientStatus.HEALTHY, Metrics.ZERO,
                        new Metadata("x".repeat(200), "y".repeat(200), List.of("z".repeat(200))));
            }
            full = flushFailure(recording.store);
        }
        HistoryStats stats = recording.store.stats();
        recording.heartbeat("first", 1, 30);
        stopEvenIfFull(recording, file);

        assertNotNull(full, "the size limit was never reached");
        assertOneLineNaming(file, "disk is full", full);
        assertTrue(stats.lost() > 0);
        assertNotNull(stats.failure());
        assertEquals("ok", Sqlite.integrity(file));
        try (HistoryReader reader = HistoryReader.open(file, clock)) {
            assertEquals(1, reader.sessions(ClientFilter.client(Recording.key("first")),
                    TimeRange.last(Duration.ofHours(1), clock.now().plusSeconds(1))).size());
        }
    }

    @Test
    void aFileNameTheDriverWouldMisreadIsRefused() {
        Path file = folder.resolve("history?journal_mode=off");

        HistoryException refused = assertThrows(HistoryException.class, () -> open(file));

        assertOneLineNaming(file, "contains a '?'", refused);
        assertEquals(List.of(), List.of(folder.toFile().list()));
    }

    @Test
    void readingAFileThatDoesNotExistSaysSoAndCreatesNothing() {
        Path file = folder.resolve("missing.db");

        HistoryException missing = assertThrows(HistoryException.class, () -> HistoryReader.open(file));

        assertOneLineNaming(file, "no history", missing);
        assertFalse(Files.exists(file));
    }

    /** The last batch may or may not fit; either way the file is closed and the lock released. */
    private static void stopEvenIfFull(Recording recording, Path file) throws Exception {
        try {
            recording.stop();
        } catch (HistoryException e) {
            assertOneLineNaming(file, "disk is full", e);
        }
    }

    private static HistoryException flushFailure(HistoryStore store) throws InterruptedException {
        try {
            store.flush();
            return null;
        } catch (HistoryException e) {
            return e;
        }
    }

    private static HistoryStore open(Path file) throws HistoryException {
        return HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system());
    }

    static void assertOneLineNaming(Path file, String expected, HistoryException e) {
        String message = e.getMessage();
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains(expected), message);
        assertEquals(1, message.lines().count(), message);
    }
}
