package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.history.query.ClientAvailability;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.MetricSeries;
import io.heartbeatmonitor.history.query.TimeRange;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Query times on a month of history of 1,000 clients ({@link QueryFixture}): the 24-hour chart
 * series of one client (about 1,400 minute samples), and the 30-day availability of all 1,000 clients
 * (120,000 sessions and ten monitor runs with gaps between them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class HistoryQueryBenchmark {

    private HistoryReader reader;

    @Setup(Level.Trial)
    public void openFixture() throws Exception {
        reader = HistoryReader.open(QueryFixture.file(), new FakeClock(QueryFixture.END));
        int points = series24h().points().size();
        int clients = availability30d().size();
        // A day has 1,440 minutes; the drop-outs and the monitor's gap leave no samples.
        if (points < 1_300 || clients != QueryFixture.CLIENTS) {
            throw new IllegalStateException("the fixture is not what it should be: " + points
                    + " points, " + clients + " clients");
        }
    }

    @Benchmark
    public MetricSeries series24h() throws HistoryException {
        TimeRange day = TimeRange.last(Duration.ofHours(24), QueryFixture.END);
        return reader.metrics(QueryFixture.key(500), day);
    }

    @Benchmark
    public List<ClientAvailability> availability30d() throws HistoryException {
        return reader.availability(ClientFilter.tenant(QueryFixture.TENANT),
                TimeRange.last(QueryFixture.MONTH, QueryFixture.END));
    }

    @TearDown(Level.Trial)
    public void close() throws HistoryException {
        reader.close();
    }
}
