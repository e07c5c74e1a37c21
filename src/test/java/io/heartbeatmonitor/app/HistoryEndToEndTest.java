package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.app.simulate.FleetPlan;
import io.heartbeatmonitor.app.simulate.FleetSimulator;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.testing.Eventually;
import io.nats.client.Connection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole way from clients to support staff: a simulated fleet publishes to a real
 * nats-server, {@code watch} runs as its own process and records into its default history
 * file, it is stopped with SIGTERM, and {@code history} shows each client's sessions with the
 * end reason of what happened to it.
 */
class HistoryEndToEndTest {

    private static final String TENANT = "e2e";
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void historyShowsTheSessionsOfAFleetWithTheirEndReasons() throws Exception {
        Path dataFolder = folder.resolve("data");
        Path db = dataFolder.resolve("history.db");
        Instant start = Instant.now();
        try (LocalNatsServer server = LocalNatsServer.start()) {
            Process watch = startWatch(server.url(), dataFolder);
            Eventually.await(WAIT, "watch to subscribe", () -> logSays("Subscribed to"));
            Connection clients = NatsConnections.connect(ConnectionProfile.plain(server.url()),
                    "e2e-fleet");
            List<FleetSimulator> fleets = startFleets(clients);

            Eventually.awaitValue(WAIT, "a crash, a departure and a restart in the history",
                    () -> endReasons(db, start), HistoryEndToEndTest::everyFateHappened);
            watch.toHandle().destroy();
            boolean ended = watch.waitFor(20, TimeUnit.SECONDS);
            for (FleetSimulator fleet : fleets) {
                fleet.close();
            }
            clients.close();

            assertTrue(ended, "watch ends after SIGTERM");
            assertEquals(0, watch.exitValue(), Files.readString(folder.resolve("watch.log")));
        }

        Map<String, List<String>> reasons = historyCsv(db);
        assertEquals(List.of("timeout"), reasons.get("crash-001"));
        assertEquals(List.of("timeout"), reasons.get("crash-002"));
        assertEquals(List.of("disconnected"), reasons.get("leave-001"));
        assertEquals(List.of("disconnected"), reasons.get("leave-002"));
        assertEquals(List.of("monitor-stopped"), reasons.get("stay-001"));
        assertEquals(List.of("monitor-stopped"), reasons.get("stay-002"));
        for (String restarter : List.of("restart-001", "restart-002")) {
            List<String> sessions = reasons.get(restarter);
            assertTrue(sessions.size() >= 2, restarter + ": " + sessions);
            List<String> beforeLast = sessions.subList(0, sessions.size() - 1);
            assertTrue(beforeLast.stream().allMatch("restart"::equals), sessions.toString());
            assertEquals("monitor-stopped", sessions.get(sessions.size() - 1), sessions.toString());
        }
    }

    private boolean logSays(String text) {
        try {
            return Files.readString(folder.resolve("watch.log")).contains(text);
        } catch (IOException e) {
            // Not written yet.
            return false;
        }
    }

    @Test
    void demoModeRecordsIntoATemporaryFileAndNotTheUsersHistory() throws Exception {
        Path dataFolder = folder.resolve("data");
        Process demo = startMonitor(dataFolder, "watch", "--demo", "--demo-clients", "3");
        String line = Eventually.awaitValue(WAIT, "the demo to name its history file",
                () -> logLine("Demo mode records its history in "), found -> found != null);
        Path demoFile = Path.of(line.substring(line.indexOf(" in ") + 4, line.lastIndexOf(" until")));
        Eventually.await(WAIT, "the demo to record", () -> Files.exists(demoFile));

        demo.toHandle().destroy();
        boolean ended = demo.waitFor(20, TimeUnit.SECONDS);

        assertTrue(ended, "watch --demo ends after SIGTERM");
        assertEquals(0, demo.exitValue(), Files.readString(folder.resolve("watch.log")));
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        assertTrue(demoFile.startsWith(temporary), demoFile.toString());
        assertFalse(Files.exists(demoFile.getParent()), "the demo's history is deleted at the end");
        assertFalse(Files.exists(dataFolder.resolve("history.db")), "the user's history is untouched");
    }

    private String logLine(String start) {
        try {
            return Files.readAllLines(folder.resolve("watch.log")).stream()
                    .filter(l -> l.contains(start)).findFirst().orElse(null);
        } catch (IOException e) {
            // Not written yet.
            return null;
        }
    }

    /** The sessions as {@code history --format csv} prints them, as end reasons per client. */
    private static Map<String, List<String>> historyCsv(Path db) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "history",
                "--db", db.toString(), "--tenant", TENANT, "--since", "1h", "--format", "csv");
        assertEquals(0, exitCode, err.toString());
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("tenant,client,start,end,duration,end_reason"), lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            reasons.computeIfAbsent(cells[1], client -> new ArrayList<>()).add(cells[5]);
        }
        return reasons;
    }

    private static boolean everyFateHappened(Map<String, List<EndReason>> reasons) {
        return reasons.getOrDefault("crash-001", List.of()).contains(EndReason.TIMEOUT)
                && reasons.getOrDefault("crash-002", List.of()).contains(EndReason.TIMEOUT)
                && reasons.getOrDefault("leave-001", List.of()).contains(EndReason.DISCONNECTED)
                && reasons.getOrDefault("leave-002", List.of()).contains(EndReason.DISCONNECTED)
                && reasons.getOrDefault("restart-001", List.of()).contains(EndReason.RESTART)
                && reasons.getOrDefault("restart-002", List.of()).contains(EndReason.RESTART);
    }

    /** Read while watch is recording, as support staff may. */
    private static Map<String, List<EndReason>> endReasons(Path db, Instant start) {
        Map<String, List<EndReason>> reasons = new LinkedHashMap<>();
        try (HistoryReader reader = HistoryReader.open(db)) {
            TimeRange range = new TimeRange(start, Instant.now().plusSeconds(1));
            for (SessionRecord session : reader.sessions(ClientFilter.tenant(TENANT), range)) {
                if (!session.isOpen()) {
                    reasons.computeIfAbsent(session.key().client(), c -> new ArrayList<>())
                            .add(session.endReason());
                }
            }
        } catch (HistoryException e) {
            // The first schema upgrade may still be under way; the next poll reads it.
            reasons.put("unreadable: " + e.getMessage(), List.of());
        }
        return reasons;
    }

    private static List<FleetSimulator> startFleets(Connection connection) {
        List<FleetSimulator> fleets = new ArrayList<>();
        fleets.add(fleet(connection, "crash-", 1, 0, 0, 1));
        fleets.add(fleet(connection, "leave-", 0, 1, 0, 2));
        fleets.add(fleet(connection, "restart-", 0, 0, 1, 3));
        fleets.add(fleet(connection, "stay-", 0, 0, 0, 4));
        fleets.forEach(FleetSimulator::start);
        return fleets;
    }

    private static FleetSimulator fleet(Connection connection, String prefix, double crash, double leave,
            double restart, long seed) {
        return new FleetSimulator(connection, new FleetPlan(TENANT, 2, prefix, INTERVAL, 0, 0, crash,
                leave, restart, 0, 0, null, seed));
    }

    /** The monitor as its own process, recording into the default file of its data folder. */
    private Process startWatch(String url, Path dataFolder) throws Exception {
        return startMonitor(dataFolder, "watch", "--server", url, "--tenant", TENANT,
                "--interval", "1s", "--grace", "500ms", "--timeout", "3s");
    }

    /** The monitor as its own process, so that a real SIGTERM can reach it. */
    private Process startMonitor(Path dataFolder, String... arguments) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Dheartbeat-monitor.data.dir=" + dataFolder,
                "--enable-native-access=org.xerial.sqlitejdbc",
                "--module-path", System.getProperty("jdk.module.path"),
                "--module", "io.heartbeatmonitor/io.heartbeatmonitor.app.Main"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(folder.resolve("watch.log").toFile());
        // The test waits for an info line of the log.
        builder.environment().put("HBMON_LOG_LEVEL", "INFO");
        return builder.start();
    }
}
