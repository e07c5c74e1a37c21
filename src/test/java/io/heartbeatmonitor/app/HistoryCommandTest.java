package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.RejectReason;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.HistoryStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code history} command as support staff meet it: options, formats and failures. */
class HistoryCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();
    /** The recorded hour, as --from/--to arguments; the fake clock starts at 10:00 UTC. */
    private static final String[] RANGE =
            {"--from", "2026-03-04T09:00:00Z", "--to", "2026-03-04T12:00:00Z"};

    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void recordAnHour() throws Exception {
        db = folder.resolve("history.db");
        FakeClock clock = new FakeClock();
        HistoryStore store = HistoryStore.open(db, "acme", HistorySettings.DEFAULTS, clock);
        PresenceTracker tracker = new PresenceTracker(clock, PresenceSettings.DEFAULTS);
        tracker.addListener(store.recorder());
        tracker.connectionChanged(ConnectionState.CONNECTED);
        Metadata metadata = new Metadata("Front, door", "sensor", List.of("open", "close"));
        for (int i = 0; i < 120; i++) {
            send(tracker, clock, "steady", i, i == 0 ? metadata : null);
            if (i < 10) {
                send(tracker, clock, "flaky", i, null);
            }
            clock.advanceSeconds(30);
            tracker.tick();
        }
        tracker.reject(new Rejection("_HEARTBEAT.tenant.acme.client.flaky",
                new ClientKey("acme", "flaky"), RejectReason.NOT_JSON, "not json"),
                "{oops\n".getBytes(StandardCharsets.UTF_8));
        tracker.connectionChanged(ConnectionState.CLOSED);
        tracker.stop();
        store.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "history --what everything          | --what 'everything' is not one of",
        "history --format xml               | --format 'xml' is not one of table, csv, json",
        "history --since 5x                 | '5x' is not a duration",
        "history --from yesterday           | --from 'yesterday' is not a time",
        "history --since 1h --from 2026-03-04 | --since and --from exclude each other",
        "history --from 2026-03-05 --to 2026-03-04 | the range ends before it starts",
        "history --what metrics --tenant acme | needs one client: give --tenant and --client",
        "history --tenant a.b               | not a valid tenant or client id",
        "history --limit 0                  | --limit must be at least 1"})
    void badArgumentsExitWithTwoAndOneLine(String arguments, String expected) {
        Result result = run(arguments.split(" +"));

        assertEquals(2, result.exitCode(), result.err());
        assertOneLine(result.err(), expected);
    }

    @Test
    void aFileThatIsNotAHistoryExitsWithOneAndOneLine() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "shopping list");

        Result result = run("history", "--db", notes.toString());

        assertEquals(1, result.exitCode());
        assertOneLine(result.err(), notes + " is not a SQLite database");
        assertEquals("shopping list", Files.readString(notes));
    }

    @Test
    void aMissingFileExitsWithOneAndIsNotCreated() {
        Path missing = folder.resolve("none.db");

        Result result = run("history", "--db", missing.toString());

        assertEquals(1, result.exitCode());
        assertOneLine(result.err(), "there is no history at " + missing);
        assertFalse(Files.exists(missing));
    }

    @Test
    void sessionsAsCsvHaveAHeaderAndOneRowPerSession() {
        Result result = run(args("--what", "sessions", "--format", "csv"));

        List<String> lines = result.out().lines().toList();
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("tenant,client,start,end,duration,end_reason,heartbeats,worst_status,version",
                lines.get(0));
        assertEquals(List.of(
                "acme,flaky,2026-03-04T10:00:00Z,2026-03-04T10:06:00Z,360,timeout,10,healthy,1.0.0",
                "acme,steady,2026-03-04T10:00:00Z,2026-03-04T11:00:00Z,3600,monitor-stopped,120,"
                        + "healthy,1.0.0"),
                lines.subList(1, lines.size()));
    }

    @Test
    void availabilityAsJsonHasOneObjectPerClient() throws Exception {
        Result result = run(args("--what", "availability", "--format", "json", "--tenant", "acme"));

        JsonNode clients = JSON.readTree(result.out());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(2, clients.size());
        JsonNode flaky = clients.get(0);
        assertEquals("flaky", flaky.get("client").asText());
        assertEquals(10.0, flaky.get("availability_range").asDouble(), 0.001);
        assertEquals(3600, flaky.get("monitored_30d").asLong());
        JsonNode steady = clients.get(1);
        assertEquals("Front, door", steady.get("name").asText());
        assertEquals(100.0, steady.get("availability_24h").asDouble());
    }

    @Test
    void changesShowTransitionsAndTheTimeNobodyWatched() {
        Result result = run(args("--what", "changes", "--format", "csv", "--client", "flaky"));

        List<String> lines = result.out().lines().toList();
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("time,tenant,client,previous,state,reason,until", lines.get(0));
        assertEquals("2026-03-04T09:00:00Z,*,*,,not-monitored,not-running,2026-03-04T10:00:00Z",
                lines.get(1));
        assertEquals("2026-03-04T10:00:00Z,acme,flaky,unknown,healthy,,", lines.get(2));
        assertEquals("2026-03-04T10:06:00Z,acme,flaky,late,offline,timeout,", lines.get(4));
        assertEquals("2026-03-04T11:00:00Z,*,*,,not-monitored,not-running,2026-03-04T12:00:00Z",
                lines.get(5));
    }

    @Test
    void theTableIsAlignedAndReadable() {
        Result result = run(args("--what", "clients", "--tenant", "acme"));

        List<String> lines = result.out().lines().toList();
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(lines.get(0).startsWith("TENANT  CLIENT  NAME         TYPE    CAPABILITIES  VERSION"),
                lines.get(0));
        assertTrue(lines.get(2).startsWith("acme    steady  Front, door  sensor  open close    1.0.0"),
                lines.get(2));
    }

    @Test
    void rejectedHeartbeatsKeepTheirExcerptOnOneLine() {
        Result table = run(args("--what", "rejected"));
        Result csv = run(args("--what", "rejected", "--format", "csv"));

        assertTrue(table.out().contains("not-json  not json  6      {oops\\u000a"), table.out());
        assertTrue(csv.out().contains(",not-json,not json,6,\"{oops\n\""), csv.out());
    }

    @Test
    void metricsAndRawHeartbeatsAreShownForOneClient() throws Exception {
        Result metrics = run(args("--what", "metrics", "--tenant", "acme", "--client", "steady",
                "--format", "json"));
        Result raw = run(args("--what", "raw", "--tenant", "acme", "--client", "steady",
                "--format", "json"));

        JsonNode points = JSON.readTree(metrics.out());
        assertEquals(60, points.size());
        assertEquals(60, points.get(1).get("width").asLong());
        assertEquals(2, points.get(1).get("sent").asLong());
        assertEquals("2026-03-04T10:01:00Z", points.get(1).get("start").asText());
        JsonNode payloads = JSON.readTree(raw.out());
        assertEquals(5, payloads.size());
        JsonNode newest = JSON.readTree(payloads.get(0).get("payload").asText());
        assertEquals(119, newest.at("/metrics/messages_sent").asLong());
    }

    @Test
    void anEmptyResultSaysSoInATable() {
        Result result = run(args("--tenant", "nobody"));

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("No sessions found.", result.out().strip());
    }

    private static void send(PresenceTracker tracker, FakeClock clock, String client, long n,
            Metadata metadata) {
        Heartbeat heartbeat = new Heartbeat(new ClientKey("acme", client), clock.now(), "1.0.0",
                ClientStatus.HEALTHY, new Metrics(n, n, 0, 30 * n), metadata);
        tracker.accept(heartbeat, ENCODER.encode(heartbeat));
    }

    private String[] args(String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("history", "--db", db.toString()));
        all.addAll(List.of(RANGE));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void assertOneLine(String err, String expected) {
        String message = err.strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("Exception"), message);
    }

    private static Result run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {
    }
}
