package io.heartbeatmonitor.history;

import java.time.Duration;
import java.util.Objects;

/**
 * How the history store records.
 *
 * @param retention how long records are kept
 * @param queueCapacity events that may wait for the writer; beyond it they are dropped and
 *        counted. An eighth of it is kept free for events that must not be lost (sessions,
 *        state changes, first metadata) when heartbeats alone fill the rest
 * @param rawSpacing a client's raw payload is kept at most this often
 * @param rawPerClient how many recent raw payloads are kept per client
 * @param rawMaxBytes raw payloads are cut to this many bytes
 * @param rawPerSecond raw payloads kept per second over all clients. Each one is a row written
 *        to a page of its own, so a flood of heartbeats would otherwise turn into a flood of
 *        page writes; beyond this rate payloads are skipped until the budget refills
 * @param aliveEvery how often the writer records that the monitor is alive and starts a pass
 *        that writes the progress of open sessions, at most 5,000 clients a second; after a crash,
 *        sessions end at the last progress written
 * @param pruneEvery how often old records are looked for
 * @param maxDatabaseBytes a size limit of the database file, reported like a full disk when
 *        reached; 0 for none
 */
public record HistorySettings(
        Retention retention,
        int queueCapacity,
        Duration rawSpacing,
        int rawPerClient,
        int rawMaxBytes,
        int rawPerSecond,
        Duration aliveEvery,
        Duration pruneEvery,
        long maxDatabaseBytes) {

    /**
     * Sizes for up to about 100,000 clients at the protocol's 30 s interval (3,300 heartbeats a
     * second, each kept raw), with a queue that rides out a second of writer stall at 100,000
     * heartbeats a second.
     */
    public static final HistorySettings DEFAULTS = new HistorySettings(Retention.DEFAULTS, 131_072,
            Duration.ofSeconds(5), 5, 4096, 4_000, Duration.ofSeconds(5), Duration.ofHours(1), 0);

    public HistorySettings {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(rawSpacing, "rawSpacing");
        Objects.requireNonNull(aliveEvery, "aliveEvery");
        Objects.requireNonNull(pruneEvery, "pruneEvery");
        if (queueCapacity < 16 || rawPerClient < 1 || rawMaxBytes < 64 || rawPerSecond < 1
                || maxDatabaseBytes < 0) {
            throw new IllegalArgumentException("queue of at least 16, at least one raw payload"
                    + " of at least 64 bytes a client and one a second, and a size limit that is"
                    + " not negative");
        }
        if (rawSpacing.isNegative() || !aliveEvery.isPositive() || !pruneEvery.isPositive()) {
            throw new IllegalArgumentException("periods must be positive");
        }
    }

    /** These settings with another retention. */
    public HistorySettings withRetention(Retention value) {
        return new HistorySettings(value, queueCapacity, rawSpacing, rawPerClient, rawMaxBytes,
                rawPerSecond, aliveEvery, pruneEvery, maxDatabaseBytes);
    }

    /** These settings with a size limit of the file. */
    public HistorySettings withMaxDatabaseBytes(long value) {
        return new HistorySettings(retention, queueCapacity, rawSpacing, rawPerClient, rawMaxBytes,
                rawPerSecond, aliveEvery, pruneEvery, value);
    }

    /** These settings with another queue capacity. */
    public HistorySettings withQueueCapacity(int value) {
        return new HistorySettings(retention, value, rawSpacing, rawPerClient, rawMaxBytes,
                rawPerSecond, aliveEvery, pruneEvery, maxDatabaseBytes);
    }
}
