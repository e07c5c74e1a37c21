package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.testing.TempFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * Write throughput of the history: heartbeats per second through the recorder and the writer
 * into a real file, for a fleet of 10,000 clients (or {@code -p clients=100000}). One operation
 * is one heartbeat; after each round of the whole fleet the benchmark waits until the writer has
 * taken everything from its queue, so the rate is what the writer keeps up with, not what the
 * queue swallows. The fake clock moves by the fleet's interval per round: 30 s as the protocol asks,
 * or 1 s for a fleet thirty times as chatty, whose raw payloads the history thins to its budget
 * of 4,000 a second.
 *
 * <p>After each iteration the used heap after a GC is printed, to show that it does not grow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class HistoryWriteBenchmark {

    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();

    @Param({"10000"})
    public int clients;

    @Param({"30", "1"})
    public int intervalSeconds;

    private Path folder;
    private FakeClock clock;
    private HistoryStore store;
    private HistoryRecorder recorder;
    private ClientKey[] keys;
    private long round;
    private int next;
    private Instant roundStart;

    @Setup(Level.Trial)
    public void openStore() throws Exception {
        folder = Files.createTempDirectory("history-write-");
        clock = new FakeClock(Instant.parse("2026-03-04T10:00:00Z"));
        Path file = folder.resolve("history.db");
        store = HistoryStore.open(file, "bench", HistorySettings.DEFAULTS, clock);
        recorder = store.recorder();
        keys = new ClientKey[clients];
        for (int i = 0; i < clients; i++) {
            keys[i] = new ClientKey("bench", String.format("client-%06d", i));
        }
        roundStart = clock.now();
    }

    @Benchmark
    public void heartbeat() {
        int i = next;
        // Spread over the interval as a real fleet's heartbeats are, which is also what the
        // history's budget for raw payloads counts by.
        Instant at = roundStart.plusNanos(i * (Duration.ofSeconds(intervalSeconds).toNanos() / clients));
        Metrics metrics = new Metrics(round * 20 + i % 7, round * 45, round / 50, round * intervalSeconds);
        Heartbeat heartbeat = new Heartbeat(keys[i], at, "1.0.0", ClientStatus.HEALTHY, metrics, null);
        recorder.onHeartbeat(heartbeat, ENCODER.encode(heartbeat), at);

        next = i + 1;
        if (next == clients) {
            endRound();
        }
    }

    /** Moves the clock on by one interval once the writer has taken in the whole round. */
    private void endRound() {
        while (recorder.queueLength() > 0) {
            Thread.onSpinWait();
        }
        next = 0;
        round++;
        clock.advance(Duration.ofSeconds(intervalSeconds));
        roundStart = clock.now();
    }

    @TearDown(Level.Iteration)
    public void reportHeap() throws Exception {
        store.flush();
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        HistoryStats stats = store.stats();
        long fileBytes = Files.size(folder.resolve("history.db"));
        System.out.printf("  heap used after GC: %d MB, file: %d MB, dropped: %d, lost: %d%n",
                used >> 20, fileBytes >> 20, stats.dropped(), stats.lost());
    }

    @TearDown(Level.Trial)
    public void closeStore() throws Exception {
        store.close();
        TempFolders.delete(folder);
    }
}
