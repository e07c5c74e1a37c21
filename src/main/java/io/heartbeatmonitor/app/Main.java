package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.cli.ConnectionOptions;
import io.heartbeatmonitor.app.cli.ErrorHandlers;
import io.heartbeatmonitor.app.cli.PresenceOptions;
import io.heartbeatmonitor.app.cli.UserError;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code heartbeat-monitor} command and its subcommands. Without a subcommand it opens the
 * window.
 */
@Command(name = "heartbeat-monitor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Watches clients that announce themselves with heartbeats over NATS.",
                "Without a command it opens the window: with --demo on a simulated fleet, with --profile or"
                        + " --server on that connection, otherwise with the connection dialog."},
        subcommands = {WatchCommand.class, HistoryCommand.class, SimulateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    PresenceOptions presence;

    @ArgGroup(exclusive = true)
    WatchCommand.Scope scope;

    @Option(names = "--demo", description = "Start a local nats-server and a simulated fleet, and watch it.")
    boolean demo;

    @Option(names = "--demo-clients", paramLabel = "N", defaultValue = "50",
            description = "Size of the demo fleet (default: ${DEFAULT-VALUE}).")
    int demoClients;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Connect with a profile saved in the window.")
    String profileName;

    @Option(names = "--dark", description = "Start with the dark theme.")
    boolean dark;

    @Option(names = "--db", paramLabel = "PATH", description = "History database file (default: in the"
            + " user's data folder; with --demo, a temporary one).")
    Path database;

    @Option(names = "--no-history", description = "Keep the history in memory only, for this window.")
    boolean noHistory;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return ErrorHandlers.install(new CommandLine(new Main())).execute(args);
    }

    /** Runs the command line with its output and errors going to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = ErrorHandlers.install(new CommandLine(new Main()));
        return commandLine.setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() throws InterruptedException {
        WindowRequest request = windowRequest();
        WindowLauncher launcher = ServiceLoader.load(WindowLauncher.class).findFirst()
                .orElseThrow(() -> new UserError(UserError.FAILURE,
                        "this build has no window; use 'heartbeat-monitor watch' instead"));
        launcher.open(request);
        return 0;
    }

    /** Turns the top-level options into what the window should do, rejecting contradictions. */
    WindowRequest windowRequest() {
        boolean connectionGiven = given("connection");
        if (database != null && noHistory) {
            throw UserError.usage("--db and --no-history exclude each other");
        }
        if (demoClients < 1) {
            throw UserError.usage("--demo-clients must be at least 1");
        }
        if (demo && (connectionGiven || profileName != null)) {
            throw UserError.usage(
                    "--demo starts its own server; leave out --server, --profile and the login options");
        }
        if (profileName != null && connectionGiven) {
            throw UserError.usage(
                    "--profile names a saved connection; leave out --server and the login options");
        }
        String tenant = scope == null ? null : scope.tenant;
        if (tenant != null && !HeartbeatSubject.isValidToken(tenant)) {
            throw UserError.usage("--tenant '" + tenant
                    + "' is not a valid tenant id (no dots, wildcards or spaces)");
        }
        boolean allTenants = scope != null && scope.allTenants;
        PresenceSettings settings = given("presence") ? presence.toSettings(PresenceSettings.DEFAULTS) : null;
        WindowRequest.Start start = start(connectionGiven);
        ConnectionProfile profile = start == WindowRequest.Start.CONNECT ? connection.toProfile() : null;
        return new WindowRequest(start, profile, profileName, tenant, allTenants, settings, demoClients,
                dark, database, noHistory);
    }

    private WindowRequest.Start start(boolean connectionGiven) {
        if (demo) {
            return WindowRequest.Start.DEMO;
        }
        if (profileName != null) {
            return WindowRequest.Start.SAVED_PROFILE;
        }
        if (connectionGiven || scope != null) {
            if (scope == null) {
                throw UserError.usage("say which tenant to watch with --tenant, or use --all-tenants");
            }
            return WindowRequest.Start.CONNECT;
        }
        return WindowRequest.Start.ASK;
    }

    /** Whether any option of the named mixin was given on the command line. */
    private boolean given(String mixin) {
        ParseResult parsed = spec.commandLine().getParseResult();
        return spec.mixins().get(mixin).options().stream().anyMatch(parsed::hasMatchedOption);
    }

    /** The version recorded in the module descriptor at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getModule().getDescriptor() == null ? null
                    : Main.class.getModule().getDescriptor().rawVersion().orElse(null);
            return new String[] {"heartbeat-monitor " + (version == null ? "(development build)" : version)};
        }
    }
}
