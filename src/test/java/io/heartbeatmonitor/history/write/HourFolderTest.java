package io.heartbeatmonitor.history.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.history.db.Migrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folding minute rows into hour rows, on a real SQLite file filled by hand. */
class HourFolderTest {

    private static final long HOUR_MS = 3_600_000;
    /** The hour folded in these tests: 2026-03-04 10:00 UTC. */
    private static final long HOUR =
            Instant.parse("2026-03-04T10:00:00Z").toEpochMilli() / HOUR_MS;
    /** Ten minutes into it, when the folder starts with an empty file. */
    private static final long BEFORE_MS = HOUR * HOUR_MS + 600_000;
    /** Five minutes into the next hour, when the folded hour is due. */
    private static final long AFTER_MS = (HOUR + 1) * HOUR_MS + 300_000;

    @TempDir
    Path folder;

    private Connection connection;

    @BeforeEach
    void createFile() throws Exception {
        Path file = folder.resolve("history.db");
        connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Migrator.standard().migrate(connection, file);
        for (String client : List.of("a", "b", "c")) {
            execute("INSERT INTO clients (tenant, client, first_seen_ms, last_seen_ms)"
                    + " VALUES ('acme', '" + client + "', 0, 0)");
        }
    }

    @AfterEach
    void closeFile() throws SQLException {
        connection.close();
    }

    @Test
    void anHourBecomesTheSumsOfItsMinutesWithTheLastUptimeReported() throws Exception {
        minute(1, 0, 2, 10, 20, 0, 100L, 0);
        minute(1, 1, 2, 12, 24, 1, 160L, 1);
        minute(1, 2, 1, 5, 10, 0, 220L, 0);
        // A minute without an uptime, as after a gap in monitoring, keeps the one before.
        minute(1, 3, 0, 0, 0, 0, null, 0);
        minute(2, 30, 2, 7, 7, 7, null, 0);
        // The next hour is not over, so it is left to the readers.
        minute(1, 60, 2, 10, 20, 0, 280L, 0);

        foldAll(new HourFolder(connection, BEFORE_MS));

        assertEquals(List.of("1@" + HOUR + ": 5 heartbeats, 27/54/1, uptime 220, 1 restarts",
                "2@" + HOUR + ": 2 heartbeats, 7/7/7, uptime null, 0 restarts"), hourRows());
    }

    @Test
    void clientsAlreadyFoldedInAPassTakeTheirLateSamplesIntoTheHourRow() throws Exception {
        for (long client = 1; client <= 3; client++) {
            minute(client, 10, 2, 10, 20, 0, 600L, 0);
        }
        HourFolder hours = new HourFolder(connection, BEFORE_MS);
        assertFalse(hours.isFolded(1, HOUR));
        assertTrue(hours.isFolded(1, HOUR - 1));

        hours.startPass(AFTER_MS);
        hours.step(2);
        hours.committed();

        assertTrue(hours.isFolded(1, HOUR));
        assertTrue(hours.isFolded(2, HOUR));
        assertFalse(hours.isFolded(3, HOUR), "its fold is still to come and will count it");
        assertFalse(hours.isFolded(1, HOUR + 1));
        assertEquals(HOUR * 60, hours.firstUnfoldedMinute());

        hours.step(2);
        hours.committed();

        assertFalse(hours.isActive());
        assertTrue(hours.isFolded(3, HOUR));
        assertEquals((HOUR + 1) * 60, hours.firstUnfoldedMinute());
        assertEquals(HOUR + 1, mark());
    }

    @Test
    void aPassGivenUpIsDoneAgainWithoutCountingTwice() throws Exception {
        minute(1, 10, 2, 10, 20, 0, 600L, 0);
        minute(2, 10, 2, 10, 20, 0, 600L, 0);
        HourFolder first = new HourFolder(connection, BEFORE_MS);
        first.startPass(AFTER_MS);
        first.step(1);
        first.committed();

        first.abandon();
        HourFolder afterRestart = new HourFolder(connection, AFTER_MS);

        assertEquals(HOUR * 60, afterRestart.firstUnfoldedMinute(), "the mark was not moved");
        foldAll(afterRestart);
        assertEquals(List.of("1@" + HOUR + ": 2 heartbeats, 10/20/0, uptime 600, 0 restarts",
                "2@" + HOUR + ": 2 heartbeats, 10/20/0, uptime 600, 0 restarts"), hourRows());
    }

    @Test
    void aFileNeverFoldedFoldsTheHourUnderWayAndTakesTheHoursBeforeAsTheyAre() throws Exception {
        HourFolder hours = new HourFolder(connection, AFTER_MS);

        assertTrue(hours.isFolded(1, HOUR));
        assertFalse(hours.isFolded(1, HOUR + 1));
        assertEquals(HOUR + 1, mark());
        long dueAt = (HOUR + 2) * HOUR_MS + HourFolder.DELAY_MS;
        assertEquals(dueAt - AFTER_MS, hours.millisUntilDue(AFTER_MS));
        assertEquals(0, hours.millisUntilDue(dueAt));
    }

    private void foldAll(HourFolder hours) throws SQLException {
        hours.startPass(AFTER_MS);
        while (hours.isActive()) {
            hours.step(100);
            hours.committed();
        }
    }

    private void minute(long client, int minuteOfHour, int heartbeats, long sent, long received,
            long errors, Long uptime, int restarts) throws SQLException {
        execute("INSERT INTO metric_minutes VALUES (" + client + ", " + (HOUR * 60 + minuteOfHour)
                + ", " + heartbeats + ", " + sent + ", " + received + ", " + errors + ", " + uptime
                + ", " + restarts + ")");
    }

    private List<String> hourRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT * FROM metric_hours"
                        + " ORDER BY client_id, hour")) {
            while (row.next()) {
                rows.add(row.getLong("client_id") + "@" + row.getLong("hour") + ": "
                        + row.getLong("heartbeats") + " heartbeats, " + row.getLong("sent") + "/"
                        + row.getLong("received") + "/" + row.getLong("errors") + ", uptime "
                        + row.getObject("uptime_s") + ", " + row.getInt("restarts") + " restarts");
            }
        }
        return rows;
    }

    private long mark() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT next_hour FROM hour_folds")) {
            assertTrue(row.next());
            return row.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
