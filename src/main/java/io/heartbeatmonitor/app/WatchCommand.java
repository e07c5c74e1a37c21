package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.cli.ConnectionOptions;
import io.heartbeatmonitor.app.cli.PresenceOptions;
import io.heartbeatmonitor.app.cli.ShutdownSignal;
import io.heartbeatmonitor.app.cli.UserError;
import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.app.watch.WatchFormat;
import io.heartbeatmonitor.app.watch.WatchOutput;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.HistoryStore;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsSetupException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code watch}: the monitor without a window, printing what happens as lines. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watches the heartbeats of a tenant and prints every presence change, rejected heartbeat "
                + "and connection change as one line, until Ctrl-C; and, when they grow, the "
                + "heartbeats it dropped for falling behind and the history it could not record.",
                "With --json, standard output carries one JSON object per line and nothing else."})
final class WatchCommand implements Callable<Integer> {

    /** How often the monitor's losses are looked at; a change is printed as one line. */
    private static final Duration LOSS_CHECK = Duration.ofSeconds(5);

    @Mixin
    ConnectionOptions connection;

    @Mixin
    PresenceOptions presence;

    @ArgGroup(exclusive = true)
    Scope scope;

    @Option(names = "--json", description = "Print JSON lines instead of text.")
    boolean json;

    @Option(names = "--db", paramLabel = "PATH", description = "History database file (default: in the"
            + " user's data folder; with --demo, a temporary one).")
    Path database;

    @Option(names = "--no-history", description = "Keep no history.")
    boolean noHistory;

    @Option(names = "--demo", description = "Start a local nats-server and a simulated fleet, and watch it.")
    boolean demo;

    @Option(names = "--demo-clients", paramLabel = "N", defaultValue = "20",
            description = "Size of the demo fleet (default: ${DEFAULT-VALUE}).")
    int demoClients;

    static final class Scope {
        @Option(names = "--tenant", paramLabel = "TENANT", description = "The tenant to watch.")
        String tenant;

        @Option(names = "--all-tenants", description = "Watch every tenant.")
        boolean allTenants;
    }

    @Override
    public Integer call() throws Exception {
        if (database != null && noHistory) {
            throw UserError.usage("--db and --no-history exclude each other");
        }
        if (!demo && scope == null) {
            throw UserError.usage("say which tenant to watch with --tenant, or use --all-tenants");
        }
        ShutdownSignal shutdown = ShutdownSignal.install();
        DemoEnvironment environment = demo ? startDemo() : null;
        try {
            return watch(environment, shutdown);
        } finally {
            if (environment != null) {
                environment.close();
            }
        }
    }

    private int watch(DemoEnvironment environment, ShutdownSignal shutdown) throws InterruptedException {
        ConnectionProfile profile = environment != null ? environment.profile() : connection.toProfile();
        PresenceSettings defaults = environment != null ? DemoEnvironment.SETTINGS : PresenceSettings.DEFAULTS;
        MonitorClock clock = MonitorClock.system();
        Monitor monitor = new Monitor(profile, subjectFilter(), presence.toSettings(defaults), clock);
        WatchOutput output = new WatchOutput(json ? WatchFormat.JSON : WatchFormat.TEXT, System.out);
        monitor.addListener(output);
        Path demoHistory = null;
        try {
            if (!noHistory) {
                demoHistory = environment != null && database == null ? DemoHistory.create() : null;
                monitor.recordInto(openHistory(demoHistory != null ? demoHistory : historyFile()));
            }
            monitor.start();
            if (environment != null) {
                environment.startFleet();
            }
            while (!shutdown.await(LOSS_CHECK.toMillis())) {
                output.losses(monitor.losses(), clock.now());
            }
            output.losses(monitor.losses(), clock.now());
        } catch (NatsSetupException e) {
            throw new UserError(UserError.FAILURE, e.getMessage(), e);
        } finally {
            monitor.close();
            output.close();
            DemoHistory.delete(demoHistory);
        }
        return 0;
    }

    private Path historyFile() {
        return database != null ? database : AppDirectories.forCurrentUser().defaultHistoryFile();
    }

    private HistoryStore openHistory(Path file) {
        try {
            return HistoryStore.open(file, watchedTenant(), HistorySettings.DEFAULTS,
                    MonitorClock.system());
        } catch (HistoryException e) {
            throw new UserError(UserError.FAILURE, e.getMessage(), e);
        }
    }

    /** The tenant this run watches, or null for every tenant. */
    private String watchedTenant() {
        if (scope == null) {
            return DemoEnvironment.TENANT;
        }
        return scope.allTenants ? null : scope.tenant;
    }

    private String subjectFilter() {
        if (demo && scope == null) {
            return HeartbeatSubject.tenantFilter(DemoEnvironment.TENANT);
        }
        if (scope.allTenants) {
            return HeartbeatSubject.allTenantsFilter();
        }
        if (!HeartbeatSubject.isValidToken(scope.tenant)) {
            throw UserError.usage("--tenant '" + scope.tenant
                    + "' is not a valid tenant id (no dots, wildcards or spaces)");
        }
        return HeartbeatSubject.tenantFilter(scope.tenant);
    }

    private DemoEnvironment startDemo() throws InterruptedException {
        try {
            return DemoEnvironment.start(demoClients);
        } catch (IOException | NatsSetupException e) {
            throw new UserError(UserError.FAILURE, e.getMessage(), e);
        }
    }
}
