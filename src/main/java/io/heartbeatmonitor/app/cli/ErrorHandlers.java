package io.heartbeatmonitor.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Reports bad arguments and failures as one line each, never as a stack trace. */
public final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    /** Installs both handlers on {@code commandLine}. */
    public static CommandLine install(CommandLine commandLine) {
        return commandLine
                .setParameterExceptionHandler(ErrorHandlers::badArguments)
                .setExecutionExceptionHandler(ErrorHandlers::failure);
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + oneLine(e.getMessage())
                + " (see --help)");
        return UserError.USAGE;
    }

    private static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        if (e instanceof UserError userError) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + oneLine(userError.getMessage()));
            return userError.exitCode();
        }
        LOG.error("Unexpected failure; please report it with this log", e);
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": unexpected failure: " + e);
        return UserError.FAILURE;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
