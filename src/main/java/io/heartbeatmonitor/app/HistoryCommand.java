package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.cli.DurationConverter;
import io.heartbeatmonitor.app.cli.UserError;
import io.heartbeatmonitor.app.history.HistoryFormat;
import io.heartbeatmonitor.app.history.HistoryQuery;
import io.heartbeatmonitor.app.history.HistoryView;
import io.heartbeatmonitor.app.history.ResultTable;
import io.heartbeatmonitor.app.history.TimeArguments;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.TimeRange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history}: what the monitor recorded, as a table, CSV or JSON. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Shows what 'watch' recorded: sessions, availability, state changes with"
                + " the gaps in monitoring, rejected heartbeats, metric samples, raw heartbeats or"
                + " known clients.",
                "Works while a monitor is recording into the same file. Tables show local times;"
                + " CSV and JSON show UTC times and durations in seconds."})
final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "History database file (default: the one 'watch' records into).")
    Path database;

    @Option(names = "--tenant", paramLabel = "TENANT", description = "Only this tenant.")
    String tenant;

    @Option(names = "--client", paramLabel = "CLIENT", description = "Only this client id.")
    String client;

    @Option(names = "--since", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The range ends now (or at --to) and is this long, such as 24h or 7d"
                    + " (default: 24h).")
    Duration since;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Start of the range: 2026-03-04, 2026-03-04T10:00 (local) or an"
                    + " ISO-8601 instant.")
    String from;

    @Option(names = "--to", paramLabel = "TIME",
            description = "End of the range (default: now); a date means the end of that day.")
    String to;

    @Option(names = "--what", paramLabel = "VIEW", defaultValue = "sessions",
            description = "One of " + HistoryView.CHOICES + " (default: ${DEFAULT-VALUE}).")
    String what;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Show at most this many rejected heartbeats (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws InterruptedException {
        HistoryView view = parse(() -> HistoryView.fromOption(what));
        HistoryFormat output = parse(() -> HistoryFormat.fromOption(format));
        HistoryQuery query = query();
        boolean oneClient = view == HistoryView.METRICS || view == HistoryView.RAW;
        if (oneClient && (tenant == null || client == null)) {
            throw UserError.usage("--what " + view + " needs one client: give --tenant and"
                    + " --client");
        }
        Path file = database != null ? database
                : AppDirectories.forCurrentUser().defaultHistoryFile();
        try (HistoryReader reader = HistoryReader.open(file)) {
            ResultTable table = view.run(reader, query);
            PrintWriter out = spec.commandLine().getOut();
            output.write(table, out, ZoneId.systemDefault());
            out.flush();
        } catch (HistoryException e) {
            throw new UserError(UserError.FAILURE, e.getMessage(), e);
        }
        return 0;
    }

    private HistoryQuery query() {
        for (String id : new String[] {tenant, client}) {
            if (id != null && !HeartbeatSubject.isValidToken(id)) {
                throw UserError.usage("'" + id + "' is not a valid tenant or client id (no dots,"
                        + " wildcards or spaces)");
            }
        }
        if (limit < 1) {
            throw UserError.usage("--limit must be at least 1");
        }
        Instant now = Instant.now();
        ZoneId zone = ZoneId.systemDefault();
        TimeRange range = parse(() -> TimeArguments.range(from, to, since, now, zone));
        boolean rangeGiven = from != null || to != null || since != null;
        return new HistoryQuery(new ClientFilter(tenant, client), range, rangeGiven, now, limit);
    }

    private static <T> T parse(Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
