package io.heartbeatmonitor.ui.session;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the window's monitor records its history: into a database file, or only in memory for
 * as long as the window is open.
 *
 * @param file the database file, or null to keep the history in memory only
 * @param demoSeparate whether the demo records into a temporary file of its own instead, so
 *        simulated clients never enter the user's history
 */
public record HistoryPlan(Path file, boolean demoSeparate) {

    private static final HistoryPlan IN_MEMORY = new HistoryPlan(null, false);

    /** Records into {@code file}; the demo records into a temporary file of its own. */
    public static HistoryPlan userFile(Path file) {
        return new HistoryPlan(Objects.requireNonNull(file, "file"), true);
    }

    /** Records into {@code file}, the demo included. */
    public static HistoryPlan file(Path file) {
        return new HistoryPlan(Objects.requireNonNull(file, "file"), false);
    }

    /** Keeps the history in memory only. */
    public static HistoryPlan inMemory() {
        return IN_MEMORY;
    }

    public boolean isInMemory() {
        return file == null;
    }
}
