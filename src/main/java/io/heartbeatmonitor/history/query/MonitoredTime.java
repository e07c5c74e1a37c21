package io.heartbeatmonitor.history.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a monitor watched a tenant within a range: the monitor runs that covered it, minus the
 * outages of their NATS connection. Everything else in the range is a {@link Gap}.
 *
 * <p>A run that has not ended counts until now while its writer still gives signs of life,
 * and until its last sign of life once it has fallen silent for longer than
 * {@link #SILENT_RUN}: that monitor crashed, and the next one to open the file will say so.
 *
 * <p>Limitation: for up to a minute after a monitor crashed, readers still count its time as
 * monitored, because a silent writer cannot be told from a busy one any sooner.
 */
final class MonitoredTime {

    /** Longer than a writer's sign-of-life period (5 s by default) with room for a busy disk. */
    static final Duration SILENT_RUN = Duration.ofSeconds(60);

    private record Run(long id, Span span, boolean crashed) {
    }

    private final Span window;
    private final List<Run> runs;
    private final List<Span> watched;

    private MonitoredTime(Span window, List<Run> runs, List<Span> outages) {
        this.window = window;
        this.runs = runs;
        List<Span> running = Spans.merge(runs.stream().map(Run::span).toList());
        this.watched = Spans.clip(Spans.subtract(running, Spans.merge(outages)), window);
    }

    /**
     * Loads the watched time of {@code tenant} in {@code range}.
     *
     * @param tenant a tenant, for the runs that watched it or every tenant; null for any run
     */
    static MonitoredTime load(Connection connection, String tenant, TimeRange range, Instant now)
            throws SQLException {
        Span window = new Span(range.fromMs(), range.toMs());
        Map<Long, Run> runs = loadRuns(connection, tenant, window, now.toEpochMilli());
        List<Span> outages = loadOutages(connection, window, runs);
        return new MonitoredTime(window, List.copyOf(runs.values()), outages);
    }

    /** The watched time, merged and within the range. */
    List<Span> watched() {
        return watched;
    }

    /** The time in the range that nobody watched, each stretch with its cause. */
    List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (Span gap : Spans.complement(watched, window)) {
            gaps.add(new Gap(Instant.ofEpochMilli(gap.from()), Instant.ofEpochMilli(gap.to()),
                    causeOf(gap.from())));
        }
        return gaps;
    }

    private GapCause causeOf(long start) {
        for (Run run : runs) {
            if (run.span().from() <= start && start < run.span().to()) {
                return GapCause.DISCONNECTED;
            }
        }
        for (Run run : runs) {
            if (run.span().to() == start && run.crashed()) {
                return GapCause.CRASHED;
            }
        }
        return GapCause.NOT_RUNNING;
    }

    private static Map<Long, Run> loadRuns(Connection connection, String tenant, Span window,
            long nowMs) throws SQLException {
        String scope = tenant == null ? "" : " AND (tenant IS NULL OR tenant = ?)";
        Map<Long, Run> runs = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, started_ms,"
                + " alive_ms, ended_ms, end_kind FROM monitor_runs WHERE started_ms < ?"
                + " AND (ended_ms IS NULL OR ended_ms > ?)" + scope)) {
            query.setLong(1, window.to());
            query.setLong(2, window.from());
            if (tenant != null) {
                query.setString(3, tenant);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Run run = run(rows, nowMs);
                    runs.put(run.id(), run);
                }
            }
        }
        return runs;
    }

    private static Run run(ResultSet row, long nowMs) throws SQLException {
        long started = row.getLong(2);
        long alive = row.getLong(3);
        long ended = row.getLong(4);
        if (!row.wasNull()) {
            boolean crashed = "crashed".equals(row.getString(5));
            return new Run(row.getLong(1), new Span(started, ended), crashed);
        }
        boolean silent = nowMs - alive > SILENT_RUN.toMillis();
        return new Run(row.getLong(1), new Span(started, silent ? alive : nowMs), silent);
    }

    private static List<Span> loadOutages(Connection connection, Span window, Map<Long, Run> runs)
            throws SQLException {
        List<Span> outages = new ArrayList<>();
        if (runs.isEmpty()) {
            return outages;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT run_id, started_ms,"
                + " ended_ms FROM connection_outages WHERE started_ms < ?"
                + " AND (ended_ms IS NULL OR ended_ms > ?)")) {
            query.setLong(1, window.to());
            query.setLong(2, window.from());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Run run = runs.get(rows.getLong(1));
                    if (run != null) {
                        long ended = rows.getLong(3);
                        long end = rows.wasNull() ? run.span().to() : ended;
                        outages.add(new Span(rows.getLong(2), end));
                    }
                }
            }
        }
        return outages;
    }
}
