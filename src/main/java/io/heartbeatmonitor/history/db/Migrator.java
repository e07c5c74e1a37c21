package io.heartbeatmonitor.history.db;

import io.heartbeatmonitor.history.HistoryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database to the latest schema version, kept in {@code PRAGMA user_version}. Each
 * step commits together with its version number, so an interrupted upgrade resumes at the step
 * it was in. A file that belongs to another program or to a newer build is refused untouched.
 */
public final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final List<Migration> migrations;

    /**
     * @param migrations the steps, with versions 1, 2, 3... in order
     */
    public Migrator(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + (i + 1) + " has version "
                        + migrations.get(i).version());
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    /** The migrator of this build's schema. */
    public static Migrator standard() {
        return new Migrator(Schema.MIGRATIONS);
    }

    public int latestVersion() {
        return migrations.size();
    }

    /**
     * Checks that the file is ours and not newer, then applies the missing steps.
     *
     * @return the version the file had before
     */
    public int migrate(Connection connection, Path file) throws HistoryException, SQLException {
        int found = SchemaCheck.inspect(connection, file, latestVersion()).version();
        for (Migration migration : migrations.subList(found, migrations.size())) {
            if (found > 0) {
                // Steps may rewrite a table, which takes a while in a file of many clients.
                LOG.info("Upgrading history database {} to schema {}", file, migration.version());
            }
            long start = System.nanoTime();
            apply(connection, migration);
            LOG.info("History database {} upgraded to schema {} in {} ms: {}", file,
                    migration.version(), (System.nanoTime() - start) / 1_000_000,
                    migration.description());
        }
        return found;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + migration.version());
                statement.execute("COMMIT");
            } catch (SQLException e) {
                Sql.rollbackQuietly(statement, e);
                throw e;
            }
        }
    }
}
