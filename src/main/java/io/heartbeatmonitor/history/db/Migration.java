package io.heartbeatmonitor.history.db;

import java.util.List;
import java.util.Objects;

/**
 * One step of the schema: the statements that take a database from {@code version - 1} to
 * {@code version}. A step runs in one transaction together with the version bump, so a file is
 * always at one version or the next, never in between.
 *
 * @param version the schema version after this step, counting from 1
 * @param description what the step adds, for the log
 * @param statements the SQL, run in order
 */
public record Migration(int version, String description, List<String> statements) {

    public Migration {
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
        if (version < 1) {
            throw new IllegalArgumentException("schema versions count from 1, got " + version);
        }
    }
}
