package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.testing.TempFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Storage at the default settings: a day of steady heartbeats (every 30 s) from 100 clients
 * goes through a real tracker into a real file on a fake clock, and the file's size is divided
 * by the clients. The time is that of recording the day; the sizes are the secondary results
 * {@code bytesPerClientDay} (the file as the monitor leaves it) and
 * {@code bytesPerClientDayVacuumed} (after VACUUM).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class HistoryFootprintBenchmark {

    private static final int CLIENTS = 100;
    private static final int ROUNDS_PER_DAY = 24 * 60 * 2;

    private Path folder;

    /** The sizes, reported by JMH next to the time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Sizes {
        public long bytesPerClientDay;
        public long bytesPerClientDayVacuumed;
    }

    @Setup(Level.Iteration)
    public void createFolder() throws IOException {
        folder = Files.createTempDirectory("history-footprint-");
    }

    @Benchmark
    public void recordOneDay(Sizes sizes) throws Exception {
        Path file = folder.resolve("history.db");
        Recording recording = new Recording(file, new FakeClock(), HistorySettings.DEFAULTS);
        for (int round = 0; round < ROUNDS_PER_DAY; round++) {
            for (int client = 0; client < CLIENTS; client++) {
                long n = round;
                Metrics metrics = new Metrics(n * 12 + client, n * 30, n / 100, n * 30);
                recording.heartbeat("client-" + client, ClientStatus.HEALTHY, metrics,
                        round == 0 ? Recording.METADATA : null);
            }
            recording.advanceSeconds(30);
            if (round % 2 == 1) {
                // A real day is not compressed into seconds: let the writer keep pace, once a minute.
                recording.store.flush();
            }
        }
        requireNothingDropped(recording.store.stats());
        recording.stop();
        sizes.bytesPerClientDay = Files.size(file) / CLIENTS;
        printRows(file);
        vacuum(file);
        sizes.bytesPerClientDayVacuumed = Files.size(file) / CLIENTS;
    }

    @TearDown(Level.Iteration)
    public void deleteFolder() throws IOException {
        TempFolders.delete(folder);
    }

    private static void requireNothingDropped(HistoryStats stats) {
        if (stats.dropped() > 0 || stats.lost() > 0) {
            throw new IllegalStateException("the day was not recorded in full: " + stats);
        }
    }

    private static void printRows(Path file) throws SQLException {
        StringBuilder rows = new StringBuilder("Rows per client after a day:");
        for (String table : new String[] {"metric_minutes", "metric_hours", "sessions", "state_changes",
                "raw_heartbeats", "clients"}) {
            rows.append(' ').append(table).append('=').append(Sqlite.number(file, "SELECT count(*) / "
                    + CLIENTS + " FROM " + table));
        }
        System.out.println(rows);
    }

    private static void vacuum(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("VACUUM");
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
