package io.heartbeatmonitor.history.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.history.Retention;
import io.heartbeatmonitor.history.db.Migrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Minute samples are pruned from the start of their time-keyed table, in bounded steps. */
class PrunerMinutesTest {

    private static final long NOW_MS = Instant.parse("2026-03-06T10:30:00Z").toEpochMilli();
    private static final long NOW_MINUTE = NOW_MS / 60_000;

    @TempDir
    Path folder;

    @Test
    void minutesPastTheirRetentionGoOverSeveralStepsAndTheRestStay() throws Exception {
        Path file = folder.resolve("history.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrator.standard().migrate(connection, file);
            // 1,000 clients with a minute row every ten minutes for 50 hours: 300,000 rows, of
            // which the 12,000 in the 2 hours beyond the default 48 are past their retention.
            execute(connection, "WITH RECURSIVE c(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM c"
                    + " WHERE id < 1000), m(minute) AS (SELECT " + (NOW_MINUTE - 50 * 60)
                    + " UNION ALL SELECT minute + 10 FROM m WHERE minute + 10 < " + NOW_MINUTE
                    + ") INSERT INTO metric_minutes SELECT c.id, m.minute, 2, 10, 20, 0, 60, 0"
                    + " FROM m, c");
            HourFolder hours = new HourFolder(connection, NOW_MS);
            Statements statements = new Statements(connection);
            Pruner pruner = new Pruner(connection, Retention.DEFAULTS, 5,
                    new ClientBook(statements, hours), hours);

            pruner.startPass(NOW_MS);
            pruner.step();

            assertEquals(290_000, number(connection, "SELECT count(*) FROM metric_minutes"),
                    "one step takes 10,000 rows, the oldest");
            long cutoff = NOW_MINUTE - 48 * 60;
            assertEquals(0, number(connection, "SELECT count(*) FROM metric_minutes"
                    + " WHERE minute < " + (NOW_MINUTE - 2_900)));
            assertEquals(2_000, number(connection, "SELECT count(*) FROM metric_minutes"
                    + " WHERE minute < " + cutoff));

            while (pruner.hasWork()) {
                pruner.step();
            }

            assertEquals(0, number(connection, "SELECT count(*) FROM metric_minutes WHERE minute < "
                    + cutoff));
            assertEquals(1_000 * 288, number(connection, "SELECT count(*) FROM metric_minutes"));
            pruner.close();
            hours.close();
            statements.close();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long number(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
