package io.heartbeatmonitor.app.cli;

/**
 * A failure the user can fix, reported as one line without a stack trace.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Exit code for a bad argument or option. */
    public static final int USAGE = 2;
    /** Exit code for anything else the user has to fix: unreachable server, refused credentials. */
    public static final int FAILURE = 1;

    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A bad argument. */
    public static UserError usage(String message) {
        return new UserError(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
