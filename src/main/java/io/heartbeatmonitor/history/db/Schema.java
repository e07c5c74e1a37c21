package io.heartbeatmonitor.history.db;

import java.util.List;

/**
 * The tables of the history database, as a list of migrations from an empty file.
 *
 * <p>Conventions: times are integer milliseconds since the epoch (UTC) in columns ending in
 * {@code _ms}; metric samples are keyed by epoch minute or epoch hour. Integer times keep rows
 * small and make ranges plain index scans. The metric tables are {@code WITHOUT ROWID} and
 * keyed by (client, time), so one client's series is one contiguous range of one b-tree and a
 * minute sample costs about 25 bytes.
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
     * Hour samples are added up from minute samples once an hour is over, rather than written
     * with every minute: the single row says how far that has gone. Hours before
     * {@code next_hour} are complete in {@code metric_hours}; later ones exist only as minute
     * rows, and readers add those up themselves. A file without the row has never been
     * written by a build that folds, so all its hour rows are complete.
     */
    private static final Migration HOUR_FOLDS = new Migration(2, "hour samples folded from"
            + " minute samples after the hour", List.of("""
            CREATE TABLE hour_folds (
                id        INTEGER PRIMARY KEY CHECK (id = 1),
                next_hour INTEGER NOT NULL
            )"""));

    /** Every migration, oldest first; the last one's version is the current schema. */
    public static final List<Migration> MIGRATIONS = List.of(FIRST, HOUR_FOLDS);

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
