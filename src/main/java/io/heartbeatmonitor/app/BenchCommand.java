package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.bench.BenchReport;
import io.heartbeatmonitor.app.bench.IngestBenchmark;
import io.heartbeatmonitor.app.cli.DurationConverter;
import io.heartbeatmonitor.app.cli.UserError;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the ingest benchmark, on this machine, against a bare counting subscriber. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the monitor's full ingest path against a jnats subscriber that only counts, "
                + "side by side on a local nats-server fed by a light publisher.",
                "Rounds: a warm-up, flat out (or --rate), 75%% of the counting subscriber's maximum, and 50%% of it "
                + "with publish-to-state latency probes; then the retained heap per tracked client."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "Length of each round (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "100000",
            description = "Distinct client ids (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--rate", paramLabel = "PER_SECOND", defaultValue = "0",
            description = "Offered rate of the first round; 0 for flat out (default: ${DEFAULT-VALUE}).")
    long rate;

    @Option(names = "--warm-up", paramLabel = "DURATION", defaultValue = "3s",
            converter = DurationConverter.class,
            description = "Warm-up before measuring (default: ${DEFAULT-VALUE}).")
    Duration warmUp;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || clients < 1 || rate < 0) {
            throw UserError.usage("--seconds and --clients must be at least 1, --rate not negative");
        }
        IngestBenchmark benchmark = new IngestBenchmark(clients, Duration.ofSeconds(seconds), rate, warmUp);
        BenchReport figures = benchmark.run();
        String report = json ? figures.json() : figures.table();
        spec.commandLine().getOut().println(report);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
