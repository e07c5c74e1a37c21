package io.heartbeatmonitor.history.db;

import io.heartbeatmonitor.history.HistoryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Opens the history file for the writer or for readers, after checking what can be checked
 * before SQLite touches it, so that a file which is not ours is refused and never rewritten.
 */
public final class DatabaseFile {

    /** The page size of new files; SQLite's default, named because size limits count pages. */
    public static final int PAGE_SIZE = 4096;

    private static final byte[] SQLITE_HEADER =
            "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    /** Keeps the -wal file from staying large after a burst once it has been checkpointed. */
    private static final long WAL_SIZE_LIMIT = 16L * 1024 * 1024;

    private DatabaseFile() {
    }

    /**
     * Creates the folder when needed and refuses a file that is read-only, in a read-only
     * folder, or not a SQLite database.
     */
    public static void prepareForWriting(Path file) throws HistoryException {
        requireUsableName(file);
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new HistoryException(file, "cannot create the folder " + folder + " for the"
                    + " history database (" + e.getMessage() + "); choose another file with"
                    + " --db", e);
        }
        if (!Files.isWritable(folder)) {
            throw new HistoryException(file, "cannot write " + file + ": its folder is read-only,"
                    + " and the database needs to create its journal files beside it; make the"
                    + " folder writable or choose another file with --db");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new HistoryException(file, file + " is read-only; make it writable or choose"
                    + " another file with --db");
        }
        requireSqliteOrEmpty(file);
    }

    /**
     * Page cache of the writing connection, in KiB. Every few seconds the writer updates the row
     * of each client and of its open session; with SQLite's default of 2 MiB, a fleet of
     * 100,000 clients no longer fits and most of those updates read their page again from the
     * file. SQLite takes the memory only as pages are used, so small fleets pay nothing.
     */
    private static final int WRITER_CACHE_KIB = 64 * 1024;

    /**
     * Opens the single writing connection: WAL, foreign keys on, an optional size limit. The
     * file is checked to be ours and not newer before anything is written to it, since even
     * switching to WAL rewrites its header.
     */
    public static Connection openForWriting(Path file, long maxBytes) throws HistoryException {
        SQLiteConfig config = new SQLiteConfig();
        // The driver would otherwise match every INSERT against a pattern and run a query for
        // its row id; the writer asks for row ids itself where it needs them.
        config.setGetGeneratedKeys(false);
        Connection connection = open(file, config);
        try (Statement statement = connection.createStatement()) {
            SchemaCheck.inspect(connection, file, Schema.CURRENT_VERSION);
            requireWal(statement, file);
            statement.execute("PRAGMA synchronous = NORMAL");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT);
            statement.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
            if (maxBytes > 0) {
                statement.execute("PRAGMA max_page_count = " + Math.max(1, maxBytes / PAGE_SIZE));
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw explain(file, e);
        } catch (HistoryException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** Opens a read-only connection; works while a writer is busy with the same file. */
    public static Connection openForReading(Path file) throws HistoryException {
        if (!Files.exists(file)) {
            throw new HistoryException(file, "there is no history at " + file + " yet: 'watch'"
                    + " records there, or name another file with --db");
        }
        requireSqliteOrEmpty(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return open(file, config);
    }

    /**
     * Turns a failure of SQLite into one line for the user that names the file and says what
     * to do about it.
     */
    public static HistoryException explain(Path file, SQLException e) {
        String advice = switch (e.getErrorCode() & 0xFF) {
            case 13 -> file + " cannot grow: the disk is full or the history size limit is"
                    + " reached; free some space or choose another file with --db";
            case 3, 8 -> file + " cannot be written (read-only file, folder or disk); make it"
                    + " writable or choose another file with --db";
            case 14 -> file + " cannot be opened; check that it and its folder can be read and"
                    + " written, or choose another file with --db";
            case 5, 6 -> file + " is locked by another program; close it or choose another file"
                    + " with --db";
            case 11, 26 -> file + " is damaged or not a SQLite database; move it away (it is left"
                    + " as it is) or choose another file with --db";
            case 10 -> file + " cannot be read or written (I/O error: " + firstLine(e) + "); check"
                    + " the disk or choose another file with --db";
            default -> "the history database " + file + " failed: " + firstLine(e);
        };
        return new HistoryException(file, advice, e);
    }

    private static Connection open(Path file, SQLiteConfig config) throws HistoryException {
        requireUsableName(file);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw explain(file, e);
        }
    }

    private static void requireUsableName(Path file) throws HistoryException {
        if (file.toString().contains("?")) {
            // The driver would read what follows a '?' as settings and open another file.
            throw new HistoryException(file, "the history file name " + file + " contains a '?';"
                    + " choose another file with --db");
        }
    }

    private static void requireWal(Statement statement, Path file)
            throws SQLException, HistoryException {
        try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            String actual = mode.next() ? mode.getString(1) : "unknown";
            if (!"wal".equalsIgnoreCase(actual)) {
                throw new HistoryException(file, file + " cannot use write-ahead logging (journal"
                        + " mode stays '" + actual + "'); put it on a local disk or choose another"
                        + " file with --db");
            }
        }
    }

    private static void requireSqliteOrEmpty(Path file) throws HistoryException {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) {
                throw new HistoryException(file, file + " is not a file; choose another file"
                        + " with --db");
            }
            return;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new HistoryException(file, file + " cannot be read (" + e.getMessage() + ");"
                    + " check its permissions or choose another file with --db", e);
        }
        if (read > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new HistoryException(file, file + " is not a SQLite database; it is left as it"
                    + " is: move it away or choose another file with --db");
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
