package io.heartbeatmonitor.history.db;

import java.sql.SQLException;
import java.sql.Statement;

/** Small JDBC helpers shared by the writer and the migrations. */
public final class Sql {

    private Sql() {
    }

    /**
     * Rolls back after {@code failure}. SQLite has already rolled back by itself after some
     * errors (a full disk among them), so a failing ROLLBACK is only attached to the failure.
     */
    public static void rollbackQuietly(Statement statement, SQLException failure) {
        try {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
