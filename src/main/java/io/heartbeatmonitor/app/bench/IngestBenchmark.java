package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.nats.NatsSetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rounds of the ingest benchmark, in order, and the report they make. */
public final class IngestBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(IngestBenchmark.class);
    private static final int PROBES_PER_SECOND = 200;
    /** How long the latency round runs at its rate before the first probe. */
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
        LatencyProbe warmUpProbe = new LatencyProbe("warm-up-probe", probeCount(warmUp));
        LatencyProbe probe = new LatencyProbe("latency-probe", probeCount(roundLength.minus(settle())));
        try (IngestBench bench = new IngestBench(clients)) {
            bench.monitor().addListener(warmUpProbe);
            bench.monitor().addListener(probe);
            bench.start();
            List<RoundResult> rounds = new ArrayList<>();
            if (!warmUp.isZero()) {
                rounds.add(warmUp(bench, warmUpProbe));
            }
            RoundResult first = measure(bench, fixedRate == 0 ? "max" : "fixed", fixedRate, roundLength);
            rounds.add(first);
            long reference = fixedRate > 0 ? fixedRate : Math.round(first.barePerSecond());
            rounds.add(measure(bench, "sustained 75%", reference * 3 / 4, roundLength));
            long latencyRate = reference / 2;
            rounds.add(measureLatency(bench, probe, latencyRate));
            double[] latencies = probe.sortedMicros();
            return new BenchReport(clients, bench.payloadBytes(), rounds, latencyRate,
                    LatencyProbe.percentile(latencies, 0.50), LatencyProbe.percentile(latencies, 0.99),
                    latencies.length, bench.retainedBytesPerClient());
        }
    }

    private static RoundResult measure(IngestBench bench, String name, long rate, Duration length) throws IOException {
        LOG.info("Round '{}' for {} s", name, length.toSeconds());
        return bench.round(name, rate, length);
    }

    /**
     * The warm-up, flat out, with probes of its own from the start whose figures are not used.
     * The flood repeats the same healthy heartbeat of each client, so without them the compiler
     * would shape the hot path to a fleet whose state never changes; the first probe of the
     * latency round would then throw that compiled code away, and the round would measure the
     * compiler's catching up rather than the monitor.
     */
    private RoundResult warmUp(IngestBench bench, LatencyProbe warmUpProbe) throws InterruptedException {
        return withProbes(bench, warmUpProbe, Duration.ZERO, "warm-up", 0, warmUp);
    }

    /**
     * A round at {@code rate} with latency probes: the monitor alone, as it runs in use, since a
     * second subscriber on the same cores and the server's second copy of every message would
     * be measured as the monitor's latency. The probes start once the round has settled, so that
     * they measure the rate and not the backlog the previous round left; their spacing is even.
     */
    private RoundResult measureLatency(IngestBench bench, LatencyProbe probe, long rate)
            throws InterruptedException, NatsSetupException {
        bench.leaveMonitorAlone();
        return withProbes(bench, probe, settle(), "latency 50%", rate, roundLength);
    }

    /** A round with {@code probe} sending evenly from {@code delay} into it until its end. */
    private static RoundResult withProbes(IngestBench bench, LatencyProbe probe, Duration delay, String name,
            long rate, Duration length) throws InterruptedException {
        long spacing = length.minus(delay).toNanos() / probe.count();
        Thread prober = new Thread(() -> {
            try {
                Thread.sleep(delay);
                probe.send(bench.publisher(), spacing);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-latency-probe");
        prober.start();
        try {
            return measure(bench, name, rate, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            prober.join();
        }
    }

    /** The settling time: {@link #SETTLE}, or a quarter of a short round. */
    private Duration settle() {
        Duration quarter = roundLength.dividedBy(4);
        return quarter.compareTo(SETTLE) < 0 ? quarter : SETTLE;
    }

    private static int probeCount(Duration sending) {
        return (int) Math.max(10, sending.toMillis() * PROBES_PER_SECOND / 1000);
    }
}
