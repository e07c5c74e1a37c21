package io.heartbeatmonitor.history.db;

import io.heartbeatmonitor.history.HistoryException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a SQLite file says about itself: whose it is and which schema version it has.
 *
 * @param version the schema version; 0 for a file without our tables yet
 */
public record SchemaCheck(int version) {

    /**
     * Reads the markers of an open database and refuses one that is not ours or is newer than
     * {@code latest}.
     */
    public static SchemaCheck inspect(Connection connection, Path file, int latest)
            throws HistoryException, SQLException {
        int applicationId = pragma(connection, "application_id");
        int version = pragma(connection, "user_version");
        boolean ours = applicationId == Schema.APPLICATION_ID;
        if (!ours && (applicationId != 0 || hasTables(connection))) {
            throw new HistoryException(file, file + " is a SQLite database of another program,"
                    + " not a Heartbeat Monitor history; choose another file with --db");
        }
        if (version > latest) {
            throw new HistoryException(file, file + " was written by a newer Heartbeat Monitor"
                    + " (history schema " + version + ", this one knows up to " + latest
                    + "); update Heartbeat Monitor or choose another file with --db");
        }
        return new SchemaCheck(version);
    }

    private static int pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return row.next() && row.getInt(1) > 0;
        }
    }
}
