package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.testing.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Old records are pruned in the background by the default retention: minute samples after
 * 48 hours, hourly samples after 90 days, rejections after 30 days, sessions, state changes
 * and clients not seen after a year.
 */
class RetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void eachKindOfRecordIsPrunedAfterItsRetention() throws Exception {
        try (Recording recording = new Recording(folder)) {
            sendTenMinutes(recording, "old");
            recording.tracker.reject(new Rejection("_HEARTBEAT.tenant.acme.client.old",
                    Recording.key("old"), RejectReason.NOT_JSON, "not json"), new byte[] {'x'});
            recording.stop();
            // The hour is still under way: its hour row is folded from the minutes once it ends.
            assertEquals(Map.of("changes", 1L, "clients", 1L, "hours", 0L, "minutes", 10L,
                    "rejections", 1L, "sessions", 1L), counts(recording));

            runAfter(recording, Duration.ofDays(3), Map.of("changes", 1L, "clients", 1L, "hours", 1L, 
                    "minutes", 0L, "rejections", 1L, "sessions", 1L));

            runAfter(recording, Duration.ofDays(40), Map.of("changes", 1L, "clients", 1L, "hours", 1L, 
                    "minutes", 0L, "rejections", 0L, "sessions", 1L));

            runAfter(recording, Duration.ofDays(60), Map.of("changes", 1L, "clients", 1L, "hours", 0L, 
                    "minutes", 0L, "rejections", 0L, "sessions", 1L));

            runAfter(recording, Duration.ofDays(300), Map.of("changes", 0L, "clients", 0L, "hours", 0L, 
                    "minutes", 0L, "rejections", 0L, "sessions", 0L));
        }
    }

    @Test
    void recentRecordsOfAnotherClientAreKept() throws Exception {
        try (Recording recording = new Recording(folder)) {
            sendTenMinutes(recording, "old");
            recording.stop();
            recording.advance(Duration.ofDays(3));
            recording.start();
            sendTenMinutes(recording, "recent");
            recording.store.flush();

            Eventually.await(WAIT, "minute samples of 'old' to be pruned",
                    () -> minutesOf(recording, "old") == 0);
            assertEquals(10, minutesOf(recording, "recent"));
        }
    }

    /** Starts a monitor after {@code pause} and waits until its pruning leaves {@code expected}. */
    private static void runAfter(Recording recording, Duration pause, Map<String, Long> expected)
            throws Exception {
        recording.advance(pause);
        recording.start();
        awaitCounts(recording, expected);
        recording.stop();
    }

    private static void sendTenMinutes(Recording recording, String client) {
        for (int i = 0; i < 20; i++) {
            recording.heartbeat(client, i, 30 * i);
            recording.advanceSeconds(30);
        }
    }

    private static void awaitCounts(Recording recording, Map<String, Long> expected) {
        Eventually.awaitValue(WAIT, "pruning to leave " + expected, () -> counts(recording),
                counts -> counts.equals(new TreeMap<>(expected)));
    }

    private static long minutesOf(Recording recording, String client) {
        return recording.number("SELECT count(*) FROM metric_minutes m"
                + " JOIN clients c ON c.id = m.client_id WHERE c.client = '" + client + "'");
    }

    private static Map<String, Long> counts(Recording recording) {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("changes", recording.number("SELECT count(*) FROM state_changes"));
        counts.put("clients", recording.number("SELECT count(*) FROM clients"));
        counts.put("hours", recording.number("SELECT count(*) FROM metric_hours"));
        counts.put("minutes", recording.number("SELECT count(*) FROM metric_minutes"));
        counts.put("rejections", recording.number("SELECT count(*) FROM rejections"));
        counts.put("sessions", recording.number("SELECT count(*) FROM sessions"));
        return counts;
    }
}
