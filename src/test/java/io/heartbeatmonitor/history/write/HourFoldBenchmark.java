package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.history.db.DatabaseFile;
import io.heartbeatmonitor.history.db.Migrator;
import io.heartbeatmonitor.testing.TempFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The writer's hourly fold: one pass over a fleet whose every client has a full hour of minute
 * rows (100,000 clients, or {@code -p clients=N}), in the writer's slices of 200 clients per
 * transaction. The file also holds the two hours before, so that each client's hour is read
 * from amid its other minutes. Each operation is a whole pass; divide by the clients for the
 * cost of one client's hour.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class HourFoldBenchmark {

    private static final long HOUR = 492_394;
    private static final int CLIENTS_PER_STEP = 200;

    @Param({"100000"})
    public int clients;

    private Path folder;
    private Connection connection;
    private Statement control;
    private HourFolder hours;

    @Setup(Level.Trial)
    public void fillFile() throws Exception {
        folder = Files.createTempDirectory("hour-fold-");
        Path file = folder.resolve("history.db");
        connection = DatabaseFile.openForWriting(file, Long.MAX_VALUE);
        Migrator.standard().migrate(connection, file);
        control = connection.createStatement();
        control.execute("BEGIN");
        control.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                + clients + ") INSERT INTO clients (tenant, client, first_seen_ms, last_seen_ms)"
                + " SELECT 'bench', printf('client-%06d', i), 0, 0 FROM n");
        // Three hours of minutes, the last being the one to fold.
        control.execute("WITH RECURSIVE m(minute) AS (SELECT " + (HOUR - 2) * 60
                + " UNION ALL SELECT minute + 1 FROM m WHERE minute < " + (HOUR * 60 + 59) + ")"
                + " INSERT INTO metric_minutes SELECT c.id, m.minute, 2, 40 + c.id % 7, 90, 0,"
                + " m.minute * 60 - 1000000, 0 FROM m, clients c ORDER BY m.minute, c.id");
        control.execute("COMMIT");
        hours = new HourFolder(connection, HOUR * 3_600_000L);
    }

    @Benchmark
    public void foldAnHour() throws Exception {
        hours.startPass((HOUR + 1) * 3_600_000L + HourFolder.DELAY_MS);
        while (hours.isActive()) {
            control.execute("BEGIN IMMEDIATE");
            hours.step(CLIENTS_PER_STEP);
            control.execute("COMMIT");
            hours.committed();
        }
        // The next operation folds the same hour again, over the rows this one wrote.
        control.execute("UPDATE hour_folds SET next_hour = " + HOUR);
        hours.close();
        hours = new HourFolder(connection, HOUR * 3_600_000L);
    }

    @TearDown(Level.Trial)
    public void removeFile() throws Exception {
        hours.close();
        control.close();
        connection.close();
        TempFolders.delete(folder);
    }
}
