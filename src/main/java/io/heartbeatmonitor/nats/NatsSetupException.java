package io.heartbeatmonitor.nats;

/**
 * The connection could not be set up for a reason the user has to fix: an unreadable secret
 * file, a bad CA file, credentials the server refuses. The message is one line for a person.
 */
public final class NatsSetupException extends Exception {

    private static final long serialVersionUID = 1L;

    public NatsSetupException(String message) {
        super(message);
    }

    public NatsSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
