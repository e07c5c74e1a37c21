package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatParser;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.MonitorClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the monitor's per-message work without NATS: parse, check and apply one heartbeat
 * to a tracker that already knows every client, round-robin over many clients.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HeartbeatIngestBenchmark {

    @Param({"100000"})
    int clients;

    @Param({"true", "false"})
    boolean withMetadata;

    private String[] subjects;
    private byte[][] payloads;
    private HeartbeatIngest ingest;
    private int next;

    @Setup
    public void prepare() {
        subjects = new String[clients];
        payloads = new byte[clients][];
        HeartbeatEncoder encoder = new HeartbeatEncoder();
        Metadata metadata = new Metadata("Bench client", "data_processor", List.of("process", "analyze", "report"));
        for (int i = 0; i < clients; i++) {
            ClientKey key = new ClientKey("bench", String.format("client-%06d", i));
            subjects[i] = HeartbeatSubject.of(key);
            payloads[i] = encoder.encode(new Heartbeat(key, Instant.now(), "1.0.0", ClientStatus.HEALTHY,
                    new Metrics(1000 + i, 2000 + i, 3, 3600), withMetadata ? metadata : null));
        }
        PresenceTracker tracker = new PresenceTracker(MonitorClock.system(), PresenceSettings.DEFAULTS);
        tracker.connectionChanged(ConnectionState.CONNECTED);
        ingest = new HeartbeatIngest(new HeartbeatParser(), tracker);
        for (int i = 0; i < clients; i++) {
            ingest.accept(subjects[i], payloads[i]);
        }
    }

    @Benchmark
    public boolean acceptOneHeartbeat() {
        int i = next;
        next = i + 1 == clients ? 0 : i + 1;
        // jnats makes a new subject string per message; so does the benchmark, to pay the same hashing.
        return ingest.accept(new String(subjects[i]), payloads[i]);
    }
}
