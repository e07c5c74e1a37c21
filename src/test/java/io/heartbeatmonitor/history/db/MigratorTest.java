package io.heartbeatmonitor.history.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema is built from an empty file and upgraded from every earlier version, step by step. */
class MigratorTest {

    private static final List<String> TABLES = List.of("clients", "connection_outages",
            "hour_folds", "metric_hours", "metric_minutes", "monitor_runs", "raw_heartbeats",
            "rejections", "sessions", "state_changes");

    @TempDir
    Path folder;

    @Test
    void aMissingFileIsCreatedAtTheCurrentSchemaInWalMode() throws Exception {
        Path file = folder.resolve("sub").resolve("history.db");

        HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system()).close();

        try (Connection connection = connect(file)) {
            assertEquals(Schema.CURRENT_VERSION, pragma(connection, "user_version"));
            assertEquals(Schema.APPLICATION_ID, pragma(connection, "application_id"));
            assertEquals(TABLES, tables(connection));
            assertEquals("wal", text(connection, "PRAGMA journal_mode"));
        }
    }

    @Test
    void anEmptyFileIsTakenAsANewDatabase() throws Exception {
        Path file = Files.createFile(folder.resolve("history.db"));

        HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system()).close();

        try (Connection connection = connect(file)) {
            assertEquals(Schema.CURRENT_VERSION, pragma(connection, "user_version"));
        }
    }

    static IntStream earlierVersions() {
        return IntStream.range(0, Schema.CURRENT_VERSION);
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void everyEarlierVersionIsUpgradedAndKeepsItsRows(int version) throws Exception {
        Path file = folder.resolve("history.db");
        try (Connection connection = connect(file)) {
            new Migrator(Schema.MIGRATIONS.subList(0, version)).migrate(connection, file);
            if (version >= 1) {
                // Seen just now: a client not seen for a year would be pruned, rightly.
                long now = System.currentTimeMillis();
                execute(connection, "INSERT INTO clients (tenant, client, first_seen_ms, last_seen_ms)"
                        + " VALUES ('acme', 'kept', " + now + ", " + now + ")");
            }
        }

        HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system()).close();

        try (Connection connection = connect(file)) {
            assertEquals(Schema.CURRENT_VERSION, pragma(connection, "user_version"));
            assertEquals(TABLES, tables(connection));
            int kept = pragma(connection, "SELECT count(*) FROM clients WHERE client = 'kept'");
            assertEquals(version >= 1 ? 1 : 0, kept);
        }
    }

    @Test
    void aStepThatFailsLeavesTheFileAtTheVersionBefore() throws Exception {
        Path file = folder.resolve("history.db");
        List<Migration> steps = new ArrayList<>(Schema.MIGRATIONS);
        int broken = steps.size() + 1;
        steps.add(new Migration(broken, "a step with a mistake",
                List.of("CREATE TABLE half_done (id INTEGER)", "CREATE TABLE nonsense (")));

        try (Connection connection = connect(file)) {
            assertThrows(SQLException.class, () -> new Migrator(steps).migrate(connection, file));

            assertEquals(broken - 1, pragma(connection, "user_version"));
            assertTrue(!tables(connection).contains("half_done"), tables(connection).toString());
        }
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndLeftAsItIs() throws Exception {
        Path file = folder.resolve("history.db");
        HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system()).close();
        try (Connection connection = connect(file)) {
            execute(connection, "PRAGMA user_version = " + (Schema.CURRENT_VERSION + 1));
        }
        byte[] before = Files.readAllBytes(file);

        HistoryException writing = assertThrows(HistoryException.class,
                () -> HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system()));
        HistoryException reading = assertThrows(HistoryException.class, () -> HistoryReader.open(file));

        assertTrue(writing.getMessage().contains("newer Heartbeat Monitor"), writing.getMessage());
        assertTrue(writing.getMessage().contains(file.toString()), writing.getMessage());
        assertTrue(reading.getMessage().contains("newer Heartbeat Monitor"), reading.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedAndLeftAsItIs() throws Exception {
        Path file = folder.resolve("accounts.db");
        try (Connection connection = connect(file)) {
            execute(connection, "CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)");
            execute(connection, "INSERT INTO accounts (owner) VALUES ('alice')");
        }
        byte[] before = Files.readAllBytes(file);

        HistoryException refused = assertThrows(HistoryException.class,
                () -> HistoryStore.open(file, null, HistorySettings.DEFAULTS, MonitorClock.system()));

        assertTrue(refused.getMessage().contains("another program"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int pragma(Connection connection, String nameOrQuery) throws SQLException {
        String sql = nameOrQuery.startsWith("SELECT") ? nameOrQuery : "PRAGMA " + nameOrQuery;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
