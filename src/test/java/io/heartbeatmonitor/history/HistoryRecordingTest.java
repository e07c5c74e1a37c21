package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.KnownClient;
import io.heartbeatmonitor.history.query.RawHeartbeat;
import io.heartbeatmonitor.history.query.RejectedHeartbeat;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.StateChangeRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a monitor run leaves in the history, read back through the queries. */
class HistoryRecordingTest {

    private static final ClientFilter ACME = ClientFilter.tenant(Recording.TENANT);

    @TempDir
    Path folder;

    @Test
    void eachSessionIsStoredWithItsEndReasonCountAndWorstStatus() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            recording.heartbeat("leaver", 1, 10);
            recording.heartbeat("crasher", 1, 10);
            recording.heartbeat("stayer", 1, 10);
            recording.advanceSeconds(30);
            recording.heartbeat("leaver", ClientStatus.DISCONNECTING, new Metrics(2, 4, 0, 40), null);
            recording.heartbeat("stayer", ClientStatus.DEGRADED, new Metrics(2, 4, 0, 40), null);
            for (int i = 0; i < 4; i++) {
                recording.advanceSeconds(30);
                recording.heartbeat("stayer", 3 + i, 70 + 30 * i);
            }
            recording.stop();

            List<SessionRecord> sessions = sessions(recording);

            assertEquals(3, sessions.size(), sessions.toString());
            SessionRecord leaver = only(sessions, "leaver");
            assertEquals(EndReason.DISCONNECTED, leaver.endReason());
            assertEquals(start.plusSeconds(30), leaver.end());
            assertEquals(2, leaver.heartbeats());
            SessionRecord crasher = only(sessions, "crasher");
            assertEquals(EndReason.TIMEOUT, crasher.endReason());
            assertEquals(start, crasher.lastHeartbeat());
            SessionRecord stayer = only(sessions, "stayer");
            assertEquals(EndReason.MONITOR_STOPPED, stayer.endReason());
            assertEquals(6, stayer.heartbeats());
            assertEquals(ClientStatus.DEGRADED, stayer.worstStatus());
            assertEquals("1.0.0", stayer.version());
        }
    }

    @Test
    void aRestartEndsOneSessionAndStartsTheNext() throws Exception {
        try (Recording recording = new Recording(folder)) {
            recording.heartbeat("worker", 500, 3000);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 3, 2);
            recording.stop();

            List<SessionRecord> sessions = sessions(recording);

            assertEquals(List.of(EndReason.RESTART, EndReason.MONITOR_STOPPED),
                    sessions.stream().map(SessionRecord::endReason).toList());
            assertEquals(sessions.get(0).end(), sessions.get(1).start());
        }
    }

    @Test
    void everyPresenceTransitionIsStoredWithItsTime() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            recording.heartbeat("worker", 1, 10);
            for (int i = 0; i < 10; i++) {
                recording.advanceSeconds(10);
            }
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<StateChangeRecord> changes = reader.changes(ACME, hourBefore(recording));

                assertEquals(List.of(PresenceState.HEALTHY, PresenceState.LATE, PresenceState.OFFLINE),
                        changes.stream().map(StateChangeRecord::state).toList());
                assertEquals(start, changes.get(0).at());
                assertEquals(PresenceState.UNKNOWN, changes.get(0).previous());
                assertEquals(start.plusSeconds(40), changes.get(1).at());
                assertEquals(start.plusSeconds(90), changes.get(2).at());
                assertEquals(OfflineReason.TIMEOUT, changes.get(2).reason());
            }
        }
    }

    @Test
    void theLastKnownMetadataStandsWhenLaterHeartbeatsOmitIt() throws Exception {
        Metadata renamed = new Metadata("Worker 2", "data_processor", List.of("process", "report"));
        try (Recording recording = new Recording(folder)) {
            recording.heartbeat("worker", ClientStatus.HEALTHY, Metrics.ZERO, Recording.METADATA);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 1, 30);
            recording.store.flush();
            assertEquals(Recording.METADATA, knownClient(recording).metadata());

            recording.advanceSeconds(30);
            recording.heartbeat("worker", ClientStatus.HEALTHY, new Metrics(2, 4, 0, 60), renamed);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 3, 90);
            recording.stop();

            KnownClient client = knownClient(recording);
            assertEquals(renamed, client.metadata());
            assertEquals("Worker 2", client.displayName());
            assertEquals("1.0.0", client.version());
            assertEquals(recording.clock.now(), client.lastSeen());
            assertEquals(recording.clock.now().minusSeconds(90), client.firstSeen());
        }
    }

    @Test
    void theLastFewRawPayloadsOfAClientAreKept() throws Exception {
        try (Recording recording = new Recording(folder)) {
            for (int i = 0; i < 8; i++) {
                recording.heartbeat("worker", i, i * 30);
                recording.advanceSeconds(30);
            }
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<RawHeartbeat> raw = reader.recentHeartbeats(Recording.key("worker"));

                assertEquals(5, raw.size());
                assertTrue(raw.get(0).text().contains("\"messages_sent\":7"), raw.get(0).text());
                assertTrue(raw.get(4).text().contains("\"messages_sent\":3"), raw.get(4).text());
                assertTrue(raw.get(0).receivedAt().isAfter(raw.get(1).receivedAt()));
            }
        }
    }

    @Test
    void payloadsCloserThanTheSpacingAreNotKeptAsRaw() throws Exception {
        try (Recording recording = new Recording(folder)) {
            for (int i = 0; i < 10; i++) {
                recording.heartbeat("chatty", i, i);
                recording.advanceSeconds(1);
            }
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<RawHeartbeat> raw = reader.recentHeartbeats(Recording.key("chatty"));

                assertEquals(List.of(5L, 0L), raw.stream().map(r -> sentIn(r)).toList());
            }
        }
    }

    @Test
    void rejectionsKeepSubjectReasonAndABoundedExcerpt() throws Exception {
        String subject = "_HEARTBEAT.tenant.acme.client.broken";
        String text = "{\"client_id\":\"broken\"," + "x".repeat(2000) + "}";
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        try (Recording recording = new Recording(folder)) {
            recording.tracker.reject(new Rejection(subject, Recording.key("broken"),
                    RejectReason.MISSING_FIELD, "missing field 'timestamp'"), payload);
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<RejectedHeartbeat> rejected = reader.rejections(ACME, hourBefore(recording), 100);

                assertEquals(1, rejected.size());
                RejectedHeartbeat first = rejected.get(0);
                assertEquals(subject, first.subject());
                assertEquals(Recording.key("broken"), first.key());
                assertEquals("missing-field", first.reason());
                assertEquals("missing field 'timestamp'", first.detail());
                assertEquals(payload.length, first.payloadBytes());
                assertEquals(512, first.excerpt().length());
                assertTrue(first.excerpt().startsWith("{\"client_id\":\"broken\""));
            }
        }
    }

    @Test
    void aFloodOfRejectionsFromOneSubjectBecomesOneRowPerMinute() throws Exception {
        byte[] payload = "not json".getBytes(StandardCharsets.UTF_8);
        Rejection rejection = new Rejection("_HEARTBEAT.tenant.acme.client.noisy",
                Recording.key("noisy"), RejectReason.NOT_JSON, "not json");
        try (Recording recording = new Recording(folder)) {
            for (int i = 0; i < 120; i++) {
                recording.tracker.reject(rejection, payload);
                recording.advance(Duration.ofMillis(500));
            }
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<RejectedHeartbeat> rejected = reader.rejections(ClientFilter.all(),
                        hourBefore(recording), 100);

                assertEquals(120,
                        rejected.stream().mapToLong(RejectedHeartbeat::count).sum());
                assertTrue(rejected.size() <= 2, rejected.toString());
                RejectedHeartbeat latest = rejected.get(rejected.size() - 1);
                assertEquals(recording.clock.now().minusMillis(500), latest.last());
            }
        }
    }

    @Test
    void aRejectionWhoseSubjectNamesNoClientIsStoredWithoutOne() throws Exception {
        try (Recording recording = new Recording(folder)) {
            recording.tracker.reject(new Rejection("_HEARTBEAT.bogus", null, RejectReason.BAD_SUBJECT,
                    "subject does not match"), new byte[] {1, 2, 3});
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<RejectedHeartbeat> all =
                        reader.rejections(ClientFilter.all(), hourBefore(recording), 10);
                List<RejectedHeartbeat> acme = reader.rejections(ACME, hourBefore(recording), 10);

                assertEquals(1, all.size());
                assertNull(all.get(0).key());
                assertEquals(List.of(), acme);
            }
        }
    }

    @Test
    void queriesSeeWhatIsWrittenWhileTheMonitorKeepsRecording() throws Exception {
        try (Recording recording = new Recording(folder); HistoryReader reader = recording.reader()) {
            recording.heartbeat("worker", 1, 10);
            recording.store.flush();

            List<SessionRecord> sessions = reader.sessions(ACME, hourBefore(recording));

            assertEquals(1, sessions.size());
            assertTrue(sessions.get(0).isOpen());
            assertNotNull(sessions.get(0).lastHeartbeat());
            assertEquals(1, sessions.get(0).heartbeats());
        }
    }

    private static long sentIn(RawHeartbeat raw) {
        String text = raw.text();
        int start = text.indexOf("\"messages_sent\":") + "\"messages_sent\":".length();
        int end = text.indexOf(',', start);
        return Long.parseLong(text.substring(start, end));
    }

    private static KnownClient knownClient(Recording recording) throws HistoryException {
        try (HistoryReader reader = recording.reader()) {
            List<KnownClient> clients =
                    reader.clients(ClientFilter.client(new ClientKey("acme", "worker")));
            assertEquals(1, clients.size());
            return clients.get(0);
        }
    }

    private static List<SessionRecord> sessions(Recording recording) throws HistoryException {
        try (HistoryReader reader = recording.reader()) {
            return reader.sessions(ACME, hourBefore(recording));
        }
    }

    private static TimeRange hourBefore(Recording recording) {
        return new TimeRange(recording.clock.now().minus(Duration.ofHours(1)),
                recording.clock.now().plusSeconds(1));
    }

    private static SessionRecord only(List<SessionRecord> sessions, String client) {
        List<SessionRecord> matching =
                sessions.stream().filter(s -> s.key().client().equals(client)).toList();
        assertEquals(1, matching.size(), sessions.toString());
        return matching.get(0);
    }
}
