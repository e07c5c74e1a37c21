package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.history.db.Migrator;
import io.heartbeatmonitor.history.db.Schema;
import io.heartbeatmonitor.history.query.MetricPoint;
import io.heartbeatmonitor.history.query.TimeRange;
import io.heartbeatmonitor.testing.Eventually;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hour samples are folded from the minute samples once an hour is over; until then, and for
 * whoever reads, the minutes of the hour add up to the same numbers.
 */
class HourFoldTest {

    private static final Instant START = Instant.parse("2026-03-04T10:00:00Z");
    private static final long FIRST_HOUR = START.toEpochMilli() / 3_600_000;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void finishedHoursAreFoldedAndTheHourUnderWayIsAddedUpFromItsMinutes() throws Exception {
        try (Recording recording = recording(START, HistorySettings.DEFAULTS)) {
            sendUntil(recording, START.plus(Duration.ofMinutes(185)), 0);
            recording.store.flush();

            // Three hours are over and folded; the one under way is not.
            assertEquals(List.of(FIRST_HOUR, FIRST_HOUR + 1, FIRST_HOUR + 2), hourRows(recording));
            assertEquals(FIRST_HOUR + 3, Sqlite.number(recording.file,
                    "SELECT next_hour FROM hour_folds"));
            Map<Long, String> fromMinutes = minutesByHour(recording);
            assertEquals(4, fromMinutes.size());
            assertEquals(fromMinutes, byHour(readHours(recording)));
            assertEquals(List.of(120L, 120L, 120L, 10L),
                    readHours(recording).stream().map(MetricPoint::heartbeats).toList());
        }
    }

    @Test
    void aHeartbeatOfAFoldedHourThatArrivesLateIsAddedToItsHourRow() throws Exception {
        try (Recording recording = recording(START, HistorySettings.DEFAULTS)) {
            sendUntil(recording, START.plus(Duration.ofMinutes(125)), 0);
            recording.store.flush();

            // Received at 11:30 as the wall clock said then, but reported only now.
            Instant late = START.plus(Duration.ofMinutes(90));
            Heartbeat heartbeat = new Heartbeat(Recording.key("worker"), late, "1.0.0",
                    ClientStatus.HEALTHY, new Metrics(1, 2, 0, 5_400), null);
            recording.store.recorder().onHeartbeat(heartbeat, new HeartbeatEncoder().encode(heartbeat),
                    late);
            recording.store.flush();

            assertEquals(121, Sqlite.number(recording.file, "SELECT heartbeats FROM metric_hours"
                    + " WHERE hour = " + (FIRST_HOUR + 1)));
            assertEquals(minutesByHour(recording), byHour(readHours(recording)));
        }
    }

    @Test
    void minutesOfAnHourNotFoldedYetOutliveAShortRetention() throws Exception {
        Retention shortMinutes = new Retention(Duration.ofMinutes(10), Duration.ofDays(90),
                Duration.ofDays(365), Duration.ofDays(365), Duration.ofDays(30));
        HistorySettings settings = HistorySettings.DEFAULTS.withRetention(shortMinutes);
        try (Recording recording = recording(START, settings)) {
            sendUntil(recording, START.plus(Duration.ofMinutes(121)), 0);
            // Stopped a minute after 12:00, before the hour from 11:00 was due to be folded.
            recording.stop();
            recording.advance(Duration.ofMinutes(30));

            // No flush: pruning starts at once, and the fold follows at its own pace.
            recording.start();

            long noon = START.plus(Duration.ofHours(2)).toEpochMilli() / 60_000;
            Eventually.await(WAIT, "the folded minutes, past their retention, to be pruned",
                    () -> recording.number("SELECT count(*) FROM metric_minutes"
                            + " WHERE minute < " + noon) == 0);
            assertEquals(120, Sqlite.number(recording.file, "SELECT heartbeats FROM metric_hours"
                    + " WHERE hour = " + (FIRST_HOUR + 1)));
        }
    }

    @Test
    void hourRowsOfAFileFromTheBuildBeforeFoldingAreKeptAndCarriedOn() throws Exception {
        Path file = folder.resolve("history.db");
        long hour = FIRST_HOUR;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            new Migrator(Schema.MIGRATIONS.subList(0, 1)).migrate(connection, file);
            statement.execute("INSERT INTO clients (tenant, client, first_seen_ms, last_seen_ms)"
                    + " VALUES ('acme', 'worker', 0, 0)");
            // What that build wrote: every minute into its minute row and its hour row.
            for (int minute = 0; minute < 60; minute++) {
                statement.execute("INSERT INTO metric_minutes VALUES (1, " + (hour * 60 + minute)
                        + ", 2, 10, 20, 0, " + (60 * minute) + ", 0)");
            }
            statement.execute("INSERT INTO metric_hours VALUES (1, " + hour
                    + ", 120, 600, 1200, 0, 3540, 0)");
            for (int minute = 0; minute < 30; minute++) {
                statement.execute("INSERT INTO metric_minutes VALUES (1, " + ((hour + 1) * 60 + minute)
                        + ", 2, 10, 20, 0, " + (3600 + 60 * minute) + ", 0)");
            }
            statement.execute("INSERT INTO metric_hours VALUES (1, " + (hour + 1)
                    + ", 60, 300, 600, 0, 5340, 0)");
        }

        Instant upgraded = START.plus(Duration.ofMinutes(105));
        try (Recording recording = new Recording(file, new FakeClock(upgraded),
                HistorySettings.DEFAULTS)) {
            sendUntil(recording, START.plus(Duration.ofMinutes(120)), 7_000);
            recording.store.flush();

            List<MetricPoint> hours = readHours(recording);

            assertEquals(List.of(120L, 90L), hours.stream().map(MetricPoint::heartbeats).toList());
            assertEquals(600L, hours.get(0).sent());
            assertEquals(minutesByHour(recording), byHour(hours));
        }
    }

    private Recording recording(Instant start, HistorySettings settings) throws Exception {
        return new Recording(folder.resolve("history.db"), new FakeClock(start), settings);
    }

    /** A heartbeat every 30 s until {@code end}, five messages sent between each. */
    private static void sendUntil(Recording recording, Instant end, long firstSent) {
        long sent = firstSent;
        while (recording.clock.now().isBefore(end)) {
            long uptime = Duration.between(START, recording.clock.now()).toSeconds();
            recording.heartbeat("worker", sent, uptime);
            sent += 5;
            recording.advanceSeconds(30);
        }
    }

    private static List<MetricPoint> readHours(Recording recording) throws Exception {
        try (HistoryReader reader = recording.reader()) {
            return reader.metrics(Recording.key("worker"), new TimeRange(
                    START.minus(Duration.ofDays(3)), recording.clock.now())).points();
        }
    }

    private static Map<Long, String> byHour(List<MetricPoint> points) {
        Map<Long, String> byHour = new TreeMap<>();
        for (MetricPoint point : points) {
            byHour.put(point.start().toEpochMilli() / 3_600_000, describe(point.heartbeats(),
                    point.sent(), point.received(), point.errors(), point.uptimeSeconds(),
                    point.restarts()));
        }
        return byHour;
    }

    /** The worker's minute rows added up per hour here, independently of the monitor's SQL. */
    private static Map<Long, String> minutesByHour(Recording recording) throws SQLException {
        Map<Long, long[]> sums = new TreeMap<>();
        Map<Long, Long> uptimes = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + recording.file);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT * FROM metric_minutes ORDER BY minute")) {
            while (row.next()) {
                long hour = row.getLong("minute") / 60;
                long[] sum = sums.computeIfAbsent(hour, h -> new long[5]);
                String[] columns = {"heartbeats", "sent", "received", "errors", "restarts"};
                for (int i = 0; i < columns.length; i++) {
                    sum[i] += row.getLong(columns[i]);
                }
                long uptime = row.getLong("uptime_s");
                if (!row.wasNull()) {
                    uptimes.put(hour, uptime);
                }
            }
        }
        Map<Long, String> byHour = new TreeMap<>();
        sums.forEach((hour, sum) -> byHour.put(hour,
                describe(sum[0], sum[1], sum[2], sum[3], uptimes.get(hour), (int) sum[4])));
        return byHour;
    }

    private static String describe(long heartbeats, long sent, long received, long errors,
            Long uptime, int restarts) {
        return heartbeats + " heartbeats, " + sent + "/" + received + "/" + errors + ", uptime "
                + uptime + ", " + restarts + " restarts";
    }

    private static List<Long> hourRows(Recording recording) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + recording.file);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT hour FROM metric_hours ORDER BY hour")) {
            List<Long> hours = new ArrayList<>();
            while (row.next()) {
                hours.add(row.getLong(1));
            }
            return hours;
        }
    }
}
