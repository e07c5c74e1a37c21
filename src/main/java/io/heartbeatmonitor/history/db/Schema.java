package io.heartbeatmonitor.history.db;

import java.util.List;

/**
 * The tables of the history database, as a list of migrations from an empty file.
 *
 * <p>Conventions: times are integer milliseconds since the epoch (UTC) in columns ending in
 * {@code _ms}; metric samples are keyed by epoch minute or epoch hour. Integer times keep rows
 * small and make ranges plain index scans. The metric tables are {@code WITHOUT ROWID}, so a
 * minute sample costs about 25 bytes: minutes keyed by (time, client), so that the rows of one
 * minute are written together, hours by (client, time), so that one client's long series is
 * one contiguous range.
 *
 * <p>A released migration is never edited; a change of schema is a new migration at the end.
 */
public final class Schema {

    /** Marks a SQLite file as ours (PRAGMA application_id): "HBMH" in ASCII. */
    public static final int APPLICATION_ID = 0x48424D48;

    private static final Migration FIRST = new Migration(1, "clients, sessions, state changes, "
            + "metric samples, rejections, raw heartbeats, monitor runs", List.of(
            """
            CREATE TABLE clients (
                id            INTEGER PRIMARY KEY,
                tenant        TEXT NOT NULL,
                client        TEXT NOT NULL,
                first_seen_ms INTEGER NOT NULL,
                last_seen_ms  INTEGER NOT NULL,
                name          TEXT,
                type          TEXT,
                capabilities  TEXT,
                version       TEXT,
                UNIQUE (tenant, client)
            )""",
            """
            CREATE TABLE monitor_runs (
                id         INTEGER PRIMARY KEY,
                tenant     TEXT,
                started_ms INTEGER NOT NULL,
                alive_ms   INTEGER NOT NULL,
                ended_ms   INTEGER,
                end_kind   TEXT CHECK (end_kind IN ('stopped', 'crashed'))
            )""",
            """
            CREATE TABLE connection_outages (
                id         INTEGER PRIMARY KEY,
                run_id     INTEGER NOT NULL REFERENCES monitor_runs (id) ON DELETE CASCADE,
                started_ms INTEGER NOT NULL,
                ended_ms   INTEGER
            )""",
            "CREATE INDEX connection_outages_by_run ON connection_outages (run_id)",
            """
            CREATE TABLE sessions (
                id                INTEGER PRIMARY KEY,
                client_id         INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
                started_ms        INTEGER NOT NULL,
                ended_ms          INTEGER,
                end_reason        TEXT CHECK (end_reason IN
                                      ('disconnected', 'timeout', 'restart', 'monitor-stopped')),
                last_heartbeat_ms INTEGER NOT NULL,
                heartbeats        INTEGER NOT NULL,
                worst_status      TEXT NOT NULL,
                version           TEXT
            )""",
            // Covers the availability query, which reads only these columns of many sessions.
            "CREATE INDEX sessions_by_client ON sessions (client_id, ended_ms, started_ms)",
            """
            CREATE TABLE state_changes (
                client_id INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
                at_ms     INTEGER NOT NULL,
                previous  TEXT NOT NULL,
                state     TEXT NOT NULL,
                reason    TEXT
            )""",
            "CREATE INDEX state_changes_by_client ON state_changes (client_id, at_ms)",
            metricTable("metric_minutes", "minute"),
            metricTable("metric_hours", "hour"),
            """
            CREATE TABLE rejections (
                id            INTEGER PRIMARY KEY,
                first_ms      INTEGER NOT NULL,
                last_ms       INTEGER NOT NULL,
                count         INTEGER NOT NULL,
                subject       TEXT NOT NULL,
                tenant        TEXT,
                client        TEXT,
                reason        TEXT NOT NULL,
                detail        TEXT NOT NULL,
                payload_bytes INTEGER NOT NULL,
                excerpt       TEXT NOT NULL
            )""",
            "CREATE INDEX rejections_by_time ON rejections (first_ms)",
            """
            CREATE TABLE raw_heartbeats (
                client_id     INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
                slot          INTEGER NOT NULL,
                received_ms   INTEGER NOT NULL,
                payload_bytes INTEGER NOT NULL,
                payload       BLOB NOT NULL,
                PRIMARY KEY (client_id, slot)
            )"""));

    /**
     * Minute samples keyed by time first, and hour samples folded from them once an hour is
     * over instead of written with every minute.
     *
     * <p>Keyed by client first, every client's new minute went to a page of its own: once a
     * client had a few hours of minutes, a minute's turn at 100,000 clients rewrote 100,000
     * pages, 400 MB through the WAL, at 14-20 µs a row. Keyed by time, the turn appends to the
     * end of one b-tree, about 2 µs a row whatever the file's size, and pruning takes rows off
     * its start. One client's minutes are found by one seek per minute. The table has no
     * reference to {@code clients}: deleting a forgotten client would have to scan it, and that
     * client's minutes are long pruned by then.
     *
     * <p>The single row of {@code hour_folds} holds the first hour not folded yet. Hours before
     * it are complete in {@code metric_hours}; later ones exist only as minute rows, which
     * readers add up themselves. A file without the row was written only by a build that wrote
     * hour rows minute by minute, so its earlier hours are complete.
     */
    private static final Migration MINUTES_BY_TIME = new Migration(2, "minute samples keyed by"
            + " time, hour samples folded from them after the hour", List.of(
            """
            CREATE TABLE metric_minutes_by_time (
                client_id  INTEGER NOT NULL,
                minute     INTEGER NOT NULL,
                heartbeats INTEGER NOT NULL,
                sent       INTEGER NOT NULL,
                received   INTEGER NOT NULL,
                errors     INTEGER NOT NULL,
                uptime_s   INTEGER,
                restarts   INTEGER NOT NULL,
                PRIMARY KEY (minute, client_id)
            ) WITHOUT ROWID""",
            """
            INSERT INTO metric_minutes_by_time
                (client_id, minute, heartbeats, sent, received, errors, uptime_s, restarts)
            SELECT client_id, minute, heartbeats, sent, received, errors, uptime_s, restarts
            FROM metric_minutes ORDER BY minute, client_id""",
            "DROP TABLE metric_minutes",
            "ALTER TABLE metric_minutes_by_time RENAME TO metric_minutes",
            """
            CREATE TABLE hour_folds (
                id        INTEGER PRIMARY KEY CHECK (id = 1),
                next_hour INTEGER NOT NULL
            )"""));

    /** Every migration, oldest first; the last one's version is the current schema. */
    public static final List<Migration> MIGRATIONS = List.of(FIRST, MINUTES_BY_TIME);

    /** The schema version this build writes and reads. */
    public static final int CURRENT_VERSION = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {
    }

    /**
     * A table of metric samples per client and time bucket. The counters are what the client
     * sent, received and failed within the bucket, already corrected for restarts, so they are
     * never negative; uptime is the last one reported in the bucket.
     */
    private static String metricTable(String name, String bucket) {
        return "CREATE TABLE " + name + " (\n"
                + "    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,\n"
                + "    " + bucket + " INTEGER NOT NULL,\n"
                + "    heartbeats INTEGER NOT NULL,\n"
                + "    sent       INTEGER NOT NULL,\n"
                + "    received   INTEGER NOT NULL,\n"
                + "    errors     INTEGER NOT NULL,\n"
                + "    uptime_s   INTEGER,\n"
                + "    restarts   INTEGER NOT NULL,\n"
                + "    PRIMARY KEY (client_id, " + bucket + ")\n"
                + ") WITHOUT ROWID";
    }
}
