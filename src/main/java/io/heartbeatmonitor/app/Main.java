package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.cli.ErrorHandlers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code heartbeat-monitor} command and its subcommands. */
@Command(name = "heartbeat-monitor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Watches clients that announce themselves with heartbeats over NATS.",
        subcommands = {WatchCommand.class, HistoryCommand.class, SimulateCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

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
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
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
