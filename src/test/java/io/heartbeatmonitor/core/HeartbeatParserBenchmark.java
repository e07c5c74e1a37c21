package io.heartbeatmonitor.core;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of reading one protocol heartbeat from its bytes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HeartbeatParserBenchmark {

    private static final String SUBJECT = "_HEARTBEAT.tenant.acme.client.worker-0042";
    private static final byte[] PAYLOAD = ("{\"client_id\":\"worker-0042\",\"tenant_id\":\"acme\","
            + "\"timestamp\":\"2026-12-03T10:15:30.123456+00:00\",\"version\":\"1.0.0\",\"status\":\"healthy\","
            + "\"metrics\":{\"messages_sent\":18234,\"messages_received\":99812,\"errors\":3,\"uptime_seconds\":86400},"
            + "\"metadata\":{\"name\":\"Worker 42\",\"type\":\"data_processor\","
            + "\"capabilities\":[\"process\",\"analyze\",\"report\"]}}").getBytes(StandardCharsets.UTF_8);

    private final HeartbeatParser parser = new HeartbeatParser();

    @Benchmark
    public ParseResult parseFullHeartbeat() {
        return parser.parse(SUBJECT, PAYLOAD);
    }
}
