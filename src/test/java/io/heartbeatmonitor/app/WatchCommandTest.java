package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.client.HeartbeatClient;
import io.heartbeatmonitor.client.HeartbeatSchedule;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.testing.Eventually;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code watch} command as a user meets it: arguments, output, and how it ends. */
class WatchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "watch --tenant acme --timeout 5x | '5x' is not a duration",
        "watch                            | say which tenant to watch",
        "watch --tenant a.b               | not a valid tenant id",
        "watch --tenant acme --server foo | not a NATS URL",
        "watch --tenant acme --all-tenants | mutually exclusive",
        "watch --tenant acme --interval 30s --timeout 10s | must not be shorter than the interval",
        "watch --tenant acme --user bob   | --user and --password-file go together",
        "watch --tenant acme --no-history --db x.db | exclude each other"})
    void badArgumentsExitWithTwoAndOneLine(String arguments, String expected) {
        StringWriter err = new StringWriter();

        int exitCode = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), arguments.split(" +"));

        assertEquals(2, exitCode);
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("Exception"), message);
    }

    @Test
    void watchPrintsOnlyJsonLinesAndEndsCleanlyOnSigterm() throws Exception {
        try (LocalNatsServer server = LocalNatsServer.start()) {
            Process watch = startWatch(server.url());
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = readLines(watch, lines);
            Eventually.await(WAIT, "the connected event", () -> lines.stream().anyMatch(l -> l.contains("connected")));

            HeartbeatClient client = HeartbeatClient.builder(new ClientKey("acme", "worker-1"))
                    .profile(ConnectionProfile.plain(server.url()))
                    .schedule(HeartbeatSchedule.forInterval(Duration.ofSeconds(1)))
                    .build();
            client.start();
            Eventually.await(WAIT, "worker-1 healthy", () -> lines.stream().anyMatch(l -> l.contains("\"healthy\"")));
            client.close();
            Eventually.await(WAIT, "worker-1 offline", () -> lines.stream().anyMatch(l -> l.contains("\"offline\"")));

            // ProcessHandle sends SIGTERM without closing our end of the pipes, as Process.destroy would.
            watch.toHandle().destroy();
            assertTrue(watch.waitFor(20, TimeUnit.SECONDS), "watch ends after SIGTERM");
            reader.join();

            assertEquals(0, watch.exitValue());
            List<JsonNode> events = new ArrayList<>();
            for (String line : lines) {
                events.add(JSON.readTree(line));
            }
            JsonNode offline = events.stream().filter(e -> e.path("state").asText().equals("offline"))
                    .findFirst().orElseThrow();
            assertEquals("presence", offline.get("event").asText());
            assertEquals("acme", offline.get("tenant").asText());
            assertEquals("worker-1", offline.get("client").asText());
            assertEquals("healthy", offline.get("previous").asText());
            assertEquals("disconnected", offline.get("reason").asText());
            JsonNode last = events.get(events.size() - 1);
            assertEquals("connection", last.get("event").asText(), String.join("\n", lines));
            assertEquals("closed", last.get("state").asText());
        }
    }

    /** The monitor as its own process, so that a real SIGTERM can reach it. */
    private static Process startWatch(String url) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(),
                "--module-path", System.getProperty("jdk.module.path"),
                "--module", "io.heartbeatmonitor/io.heartbeatmonitor.app.Main",
                "watch", "--server", url, "--tenant", "acme", "--json", "--no-history",
                "--interval", "1s", "--grace", "300ms", "--timeout", "2s");
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Thread readLines(Process process, List<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "watch-stdout");
        reader.start();
        return reader;
    }
}
