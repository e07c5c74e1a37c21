package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.nats.NatsSetupException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rounds of the ingest benchmark, in order, and the report they make. */
public final class IngestBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(IngestBenchmark.class);
    private static final int PROBES_PER_SECOND = 200;
    /** How long the latency round runs at its rate before the first probe that counts. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final int clients;
    private final Duration roundLength;
    private final long fixedRate;
    private final Duration warmUp;

    /**
     * @param fixedRate the offered rate of the first round; 0 to publish flat out
     */
    public IngestBenchmark(int clients, Duration roundLength, long fixedRate, Duration warmUp) {
        this.clients = clients;
        this.roundLength = roundLength;
        this.fixedRate = fixedRate;
        this.warmUp = warmUp;
    }

    /** Runs every round and returns the figures. */
    public BenchReport run() throws IOException, NatsSetupException, InterruptedException {
        LatencyProbe probe = new LatencyProbe(probeCapacity());
        try (IngestBench bench = new IngestBench(clients)) {
            bench.monitor().addListener(probe);
            bench.start();
            probe.start(bench.publisher(), 1_000_000_000L / PROBES_PER_SECOND);
            List<RoundResult> rounds = new ArrayList<>();
            if (!warmUp.isZero()) {
                rounds.add(measure(bench, "warm-up", 0, warmUp));
            }
            RoundResult first = measure(bench, fixedRate == 0 ? "max" : "fixed", fixedRate, roundLength);
            rounds.add(first);
            long reference = fixedRate > 0 ? fixedRate : Math.round(first.barePerSecond());
            rounds.add(measure(bench, "sustained 75%", reference * 3 / 4, roundLength));
            long latencyRate = reference / 2;
            // The monitor alone, as it runs in use: a second subscriber on the same cores, and the
            // server's second copy of every message, would be measured as the monitor's latency.
            // Only probes sent once the round has settled count, so that they measure the rate and
            // not the backlog the previous round left.
            bench.leaveMonitorAlone();
            long roundStart = System.nanoTime();
            rounds.add(measure(bench, "latency 50%", latencyRate, roundLength));
            probe.stop();
            double[] latencies = probe.sortedMicros(roundStart + settle().toNanos(),
                    roundStart + roundLength.toNanos());
            return new BenchReport(clients, bench.payloadBytes(), rounds, latencyRate,
                    LatencyProbe.percentile(latencies, 0.50), LatencyProbe.percentile(latencies, 0.99),
                    latencies.length, bench.retainedBytesPerClient());
        }
    }

    private static RoundResult measure(IngestBench bench, String name, long rate, Duration length) throws IOException {
        LOG.info("Round '{}' for {} s", name, length.toSeconds());
        return bench.round(name, rate, length);
    }

    /** The settling time: {@link #SETTLE}, or a quarter of a short round. */
    private Duration settle() {
        Duration quarter = roundLength.dividedBy(4);
        return quarter.compareTo(SETTLE) < 0 ? quarter : SETTLE;
    }

    /** Enough probes for every round, with room to spare; probes are only sent while a round floods. */
    private int probeCapacity() {
        Duration flooding = warmUp.plus(roundLength.multipliedBy(3)).plusSeconds(10);
        return (int) (flooding.toSeconds() * PROBES_PER_SECOND);
    }
}
