package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.history.db.DatabaseFile;
import io.heartbeatmonitor.history.db.Migrator;
import io.heartbeatmonitor.history.db.Sql;
import io.heartbeatmonitor.history.db.WriterLock;
import io.heartbeatmonitor.history.write.CrashRecovery;
import io.heartbeatmonitor.history.write.HistoryEvent;
import io.heartbeatmonitor.history.write.HistoryWriter;
import io.heartbeatmonitor.history.write.RunLog;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history database opened for recording by one monitor run: the file locked against a
 * second writer, its schema brought up to date, what a crashed run left open tidied up, a new
 * run begun, and the {@code history-writer} thread fed by {@link #recorder()}.
 *
 * <p>Add the recorder to the tracker, and close the store after the tracker has stopped, so
 * that the sessions it ends as {@code monitor-stopped} are written before the run ends. Read the
 * history with a {@link HistoryReader}, which works beside a recording store.
 */
public final class HistoryStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);
    private static final Duration WRITER_WAIT = Duration.ofSeconds(60);

    private final Path file;
    private final WriterLock lock;
    private final Connection connection;
    private final BlockingQueue<HistoryEvent> queue;
    private final HistoryRecorder recorder;
    private final HistoryWriter writer;
    private final Thread thread;
    private boolean closed;

    private HistoryStore(Path file, WriterLock lock, Connection connection,
            HistorySettings settings, MonitorClock clock, RunLog run) throws SQLException {
        this.file = file;
        this.lock = lock;
        this.connection = connection;
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.recorder = new HistoryRecorder(queue, settings);
        this.writer = new HistoryWriter(connection, file, queue, settings, clock, run,
                recorder::droppedCount);
        this.thread = new Thread(writer, "history-writer");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) ->
                LOG.error("The history writer stopped; nothing more is recorded in {}", file, e));
    }

    /**
     * Opens {@code file} for recording, creating it and its folder when missing.
     *
     * @param tenant the tenant the monitor watches, or null when it watches every tenant; the
     *        time of this run counts as monitored for that tenant only
     * @throws HistoryException when the file is in use by another monitor, is not a history
     *         database, is newer than this build, is read-only or the disk is full
     */
    public static HistoryStore open(Path file, String tenant, HistorySettings settings,
            MonitorClock clock) throws HistoryException {
        DatabaseFile.prepareForWriting(file);
        WriterLock lock = WriterLock.acquire(file);
        Connection connection = null;
        try {
            connection = DatabaseFile.openForWriting(file, settings.maxDatabaseBytes());
            Migrator.standard().migrate(connection, file);
            RunLog run = beginRun(connection, file, tenant, clock);
            HistoryStore store = new HistoryStore(file, lock, connection, settings, clock, run);
            store.thread.start();
            LOG.info("Recording history in {}", file);
            return store;
        } catch (SQLException e) {
            release(lock, connection, e);
            throw DatabaseFile.explain(file, e);
        } catch (HistoryException | RuntimeException e) {
            release(lock, connection, e);
            throw e;
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The tracker listener that feeds this store; see its threading contract. */
    public HistoryRecorder recorder() {
        return recorder;
    }

    /** How recording goes. */
    public HistoryStats stats() {
        return new HistoryStats(recorder.acceptedCount(), recorder.droppedCount(),
                recorder.queueLength(), writer.lostCount(), writer.failure(),
                recorder.rawSkippedCount());
    }

    /**
     * Waits until everything recorded so far is written, samples of the running minute
     * included, and the hours that are due folded. For tests, benchmarks and a clean stop;
     * never call it on a tracker thread.
     *
     * @throws HistoryException when the write failed
     */
    public void flush() throws HistoryException, InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            send(new HistoryEvent.Flush(done));
        }
        await(done, "flushing");
    }

    /**
     * Writes what is queued, ends the run as stopped, closes the database and releases the
     * lock. Idempotent.
     *
     * @throws HistoryException when the last write failed; the file is closed all the same
     */
    @Override
    public synchronized void close() throws HistoryException, InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        recorder.close();
        if (recorder.rawSkippedCount() > 0) {
            LOG.info("{} raw payloads were not kept in {}: more arrived in a second than the"
                    + " history keeps raw; their heartbeats are recorded",
                    recorder.rawSkippedCount(), file);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            send(new HistoryEvent.Stop(done));
            await(done, "closing");
        } finally {
            thread.join(WRITER_WAIT.toMillis());
            closeFile();
        }
    }

    private static RunLog beginRun(Connection connection, Path file, String tenant,
            MonitorClock clock) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                CrashRecovery recovery = CrashRecovery.run(connection);
                RunLog run = RunLog.start(connection, tenant, clock.now().toEpochMilli());
                statement.execute("COMMIT");
                report(file, recovery);
                return run;
            } catch (SQLException e) {
                Sql.rollbackQuietly(statement, e);
                throw e;
            }
        }
    }

    private static void report(Path file, CrashRecovery recovery) {
        if (recovery.foundCrash()) {
            LOG.warn("The monitor that last wrote {} did not stop cleanly; its last sign of life"
                    + " was at {}. {} sessions it left open ended there as monitor-stopped, and"
                    + " the time since counts as not monitored", file, recovery.lastSignOfLife(),
                    recovery.closedSessions());
        }
    }

    private void send(HistoryEvent event) throws HistoryException, InterruptedException {
        while (!queue.offer(event, 1, TimeUnit.SECONDS)) {
            if (!thread.isAlive()) {
                throw new HistoryException(file, "the history writer of " + file + " has stopped");
            }
        }
    }

    private void await(CompletableFuture<Void> done, String doing)
            throws HistoryException, InterruptedException {
        long deadline = System.nanoTime() + WRITER_WAIT.toNanos();
        while (true) {
            try {
                done.get(1, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof SQLException sql ? DatabaseFile.explain(file, sql)
                        : new HistoryException(file, doing + " history failed: " + cause, cause);
            } catch (TimeoutException e) {
                if (!thread.isAlive() || System.nanoTime() > deadline) {
                    throw new HistoryException(file, "the history writer of " + file
                            + " did not finish " + doing, e);
                }
            }
        }
    }

    private void closeFile() throws HistoryException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw DatabaseFile.explain(file, e);
        } finally {
            try {
                lock.close();
            } catch (IOException e) {
                LOG.warn("Releasing the lock of {} failed; it ends with this process", file, e);
            }
        }
    }

    private static void release(WriterLock lock, Connection connection, Exception failure) {
        try {
            if (connection != null) {
                connection.close();
            }
            lock.close();
        } catch (SQLException | IOException e) {
            failure.addSuppressed(e);
        }
    }
}
