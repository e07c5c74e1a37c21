package io.heartbeatmonitor.history;

import java.nio.file.Path;

/**
 * The history database cannot be used. The message is one line for the user that names the
 * file and says what to do about it; the cause, when there is one, is for the log.
 */
public final class HistoryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public HistoryException(Path file, String message) {
        super(message);
        this.file = file;
    }

    public HistoryException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The database file the problem is about. */
    public Path file() {
        return file;
    }
}
