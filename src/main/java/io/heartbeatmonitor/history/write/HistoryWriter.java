package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.db.DatabaseFile;
import io.heartbeatmonitor.history.db.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history's single writer: takes events from the queue in batches and writes each batch in
 * one transaction, with the periodic work in between (finished minute samples, the progress of
 * open sessions, the run's sign of life, a step of pruning).
 *
 * <p>A batch is what arrived within {@value #COLLECT_MILLIS} ms of its first event, at most
 * {@value #MAX_BATCH} events, so a quiet monitor commits a few times a second and a busy one
 * writes big transactions. A batch that fails is rolled back and its events are counted as
 * lost; the writer carries on with the next one and never stops the monitor.
 */
public final class HistoryWriter implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
    private static final int MAX_BATCH = 8_192;
    private static final int DRAIN_CHUNK = 1_024;
    private static final long COLLECT_MILLIS = 100;
    /** How long the writer naps between drains of the queue while gathering a batch. */
    private static final long GATHER_NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    /**
     * Finished minute samples written per batch, so that a minute's turn is spread over batches
     * rather than held up in one.
     *
     * <p>Limitation: every client's sample finishes when the minute turns, and each costs a row in
     * the minute table, about 2 µs. At 100,000 clients that is a core for a quarter of a second
     * or more; a monitor already near its limit then drops history events, or falls behind on
     * heartbeats. Spreading the rows further only moved the loss to heartbeats.
     */
    private static final int SAMPLES_PER_BATCH = 4_096;
    /**
     * Clients whose progress is written per second at most. Each is a row of the client and one
     * of its open session, every pass; at 100,000 clients and a pass every few seconds that was
     * 40,000 row updates a second, the most of all the writer did, on the cores that parse the
     * heartbeats. A pass over that fleet now takes 20 s; fleets of up to 25,000 are still
     * written every {@link HistorySettings#aliveEvery()}.
     */
    private static final int PROGRESS_PER_SECOND = 5_000;
    /** Progress is written in slices of at least a tenth of a second's worth. */
    private static final long PROGRESS_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Path file;
    private final Statement control;
    private final BlockingQueue<HistoryEvent> queue;
    private final MonitorClock clock;
    private final HistorySettings settings;
    private final RunLog run;
    private final Statements statements;
    private final ClientBook book;
    private final RejectionFolds folds = new RejectionFolds();
    private final EventApplier applier;
    private final HourFolder hours;
    private final FoldSchedule foldSchedule;
    private final Pruner pruner;
    private final LongSupplier droppedCount;
    private final LossReport losses;
    private final AtomicLong lost = new AtomicLong();
    private volatile String failure;

    private long sweptMinute;
    private long nextAliveNanos;
    private long progressWrittenNanos;
    private long nextPruneNanos;

    /**
     * @param droppedCount how many events the recorder dropped so far, for the burst reports
     */
    public HistoryWriter(Connection connection, Path file, BlockingQueue<HistoryEvent> queue,
            HistorySettings settings, MonitorClock clock, RunLog run, LongSupplier droppedCount)
            throws SQLException {
        this.file = file;
        this.control = connection.createStatement();
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
        this.run = run;
        this.statements = new Statements(connection);
        this.hours = new HourFolder(connection, clock.now().toEpochMilli());
        this.book = new ClientBook(statements, hours);
        this.applier = new EventApplier(book, statements, folds, run, settings.rawPerClient());
        this.pruner = new Pruner(connection, settings.retention(), settings.rawPerClient(), book,
                hours);
        // Minutes kept for a fold may be past their retention once it is done.
        this.foldSchedule = new FoldSchedule(hours, control, clock, file,
                () -> nextPruneNanos = System.nanoTime());
        this.droppedCount = droppedCount;
        this.losses = new LossReport(file);
        long now = System.nanoTime();
        this.nextAliveNanos = now + settings.aliveEvery().toNanos();
        this.progressWrittenNanos = now - TimeUnit.SECONDS.toNanos(1);
        this.nextPruneNanos = now;
        this.sweptMinute = minuteOf(clock.now().toEpochMilli());
    }

    /** Events that were taken from the queue but lost with a failed transaction. */
    public long lostCount() {
        return lost.get();
    }

    /** The last write failure as one line, or null while writing works. */
    public String failure() {
        return failure;
    }

    @Override
    public void run() {
        List<HistoryEvent> batch = new ArrayList<>(MAX_BATCH);
        CompletableFuture<Void> stop = null;
        try {
            while (stop == null) {
                collect(batch);
                stop = process(batch);
                batch.clear();
                pruneIfDue();
                foldSchedule.foldIfDue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("The history writer was interrupted; events still queued are not written");
        } finally {
            closeStatements();
        }
        if (stop != null) {
            stop.complete(null);
        }
    }

    private void collect(List<HistoryEvent> batch) throws InterruptedException {
        HistoryEvent first = queue.poll(nanosUntilHousekeeping(), TimeUnit.NANOSECONDS);
        if (first == null) {
            return;
        }
        batch.add(first);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(COLLECT_MILLIS);
        while (batch.size() < MAX_BATCH && !endsBatch(batch.get(batch.size() - 1))) {
            int before = batch.size();
            queue.drainTo(batch, Math.min(DRAIN_CHUNK, MAX_BATCH - before));
            if (containsControl(batch, before)) {
                return;
            }
            if (batch.size() == before) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                // A nap rather than a wait on the queue: waiting, the writer was woken every few
                // events, and each wake-up cost both it and the dispatcher a trip through the
                // kernel; under load that took more of the writer's time than SQLite did.
                LockSupport.parkNanos(Math.min(left, GATHER_NAP_NANOS));
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    }

    /** Writes one batch; returns the stop request when the batch held one. */
    private CompletableFuture<Void> process(List<HistoryEvent> batch) {
        List<CompletableFuture<Void>> flushes = new ArrayList<>();
        CompletableFuture<Void> stop = null;
        for (HistoryEvent event : batch) {
            if (event instanceof HistoryEvent.Flush flush) {
                flushes.add(flush.done());
            } else if (event instanceof HistoryEvent.Stop stopping) {
                stop = stopping.done();
            }
        }
        SQLException failed = writeBatch(batch, !flushes.isEmpty() || stop != null, stop != null);
        losses.checkDrops(droppedCount.getAsLong());
        if (!flushes.isEmpty() && stop == null && failed == null) {
            // Whoever flushes reads next, and expects the finished hours in their place.
            foldSchedule.foldEverythingDue();
        }
        for (CompletableFuture<Void> flush : flushes) {
            complete(flush, failed);
        }
        if (stop != null && failed != null) {
            complete(stop, failed);
        }
        return stop;
    }

    private SQLException writeBatch(List<HistoryEvent> batch, boolean everything, boolean ending) {
        try {
            control.execute("BEGIN IMMEDIATE");
            for (HistoryEvent event : batch) {
                applier.apply(event);
            }
            housekeeping(everything);
            if (ending) {
                endRun();
            }
            control.execute("COMMIT");
            book.committed();
            if (!batch.isEmpty()) {
                // Housekeeping alone may still fit on a full disk; only events written prove
                // that recording works again.
                losses.succeeded();
                failure = null;
            }
            return null;
        } catch (SQLException e) {
            Sql.rollbackQuietly(control, e);
            forgetAfterRollback(batch.size());
            losses.failed(e, batch.size());
            failure = DatabaseFile.explain(file, e).getMessage();
            return e;
        } catch (RuntimeException e) {
            // A bug in handling one event must not end the history of the whole run.
            SQLException wrapped = new SQLException("unexpected failure: " + e, e);
            Sql.rollbackQuietly(control, wrapped);
            forgetAfterRollback(batch.size());
            LOG.error("Writing a batch of history failed unexpectedly; its {} events are lost",
                    batch.size(), e);
            failure = wrapped.getMessage();
            return wrapped;
        }
    }

    private void housekeeping(boolean everything) throws SQLException {
        long nowMs = clock.now().toEpochMilli();
        long minute = minuteOf(nowMs);
        if (everything) {
            book.closeMinutesBefore(Long.MAX_VALUE);
        } else if (minute > sweptMinute) {
            book.closeMinutesBefore(minute);
            folds.forgetBefore(nowMs);
            sweptMinute = minute;
        }
        book.writeReady(everything ? Integer.MAX_VALUE : SAMPLES_PER_BATCH);
        folds.writeCounts(statements);
        if (everything || System.nanoTime() - nextAliveNanos >= 0) {
            book.startProgressPass();
            run.alive(nowMs);
            nextAliveNanos = System.nanoTime() + settings.aliveEvery().toNanos();
        }
        if (everything) {
            book.writeAllProgress();
        } else if (book.hasProgress()) {
            writeProgressSlice();
        }
    }

    /** Writes the progress the rate allows since the last slice. */
    private void writeProgressSlice() throws SQLException {
        long now = System.nanoTime();
        long elapsed = Math.min(now - progressWrittenNanos, TimeUnit.SECONDS.toNanos(1));
        int allowed = (int) (elapsed * PROGRESS_PER_SECOND / TimeUnit.SECONDS.toNanos(1));
        if (elapsed >= PROGRESS_SLICE_NANOS && allowed > 0) {
            book.writeProgress(allowed);
            progressWrittenNanos = now;
        }
    }

    /** Ends what the tracker left open (normally nothing: it ends sessions when it stops). */
    private void endRun() throws SQLException {
        Instant now = clock.now();
        for (ClientState client : book.all()) {
            Session open = client.session;
            if (open != null) {
                book.sessionEnded(client, new Session(open.key(), open.start(), now,
                        EndReason.MONITOR_STOPPED, client.sessionHeartbeats, client.sessionWorst,
                        open.version()));
            }
        }
        run.end(now.toEpochMilli());
    }

    private void forgetAfterRollback(int events) {
        int samples = book.dropReady();
        book.forgetRowIds();
        folds.forgetAll();
        lost.addAndGet(events + samples);
    }

    private void pruneIfDue() {
        if (!pruner.hasWork()) {
            if (System.nanoTime() - nextPruneNanos < 0) {
                return;
            }
            pruner.startPass(clock.now().toEpochMilli());
            nextPruneNanos = System.nanoTime() + settings.pruneEvery().toNanos();
        }
        try {
            control.execute("BEGIN IMMEDIATE");
            long deleted = pruner.step();
            control.execute("COMMIT");
            if (deleted > 0) {
                LOG.debug("Pruned {} records older than their retention", deleted);
            }
        } catch (SQLException e) {
            Sql.rollbackQuietly(control, e);
            pruner.abandon();
            LOG.warn("Pruning old history failed; trying again at the next pass: {}",
                    DatabaseFile.explain(file, e).getMessage(), e);
        }
    }

    private long nanosUntilHousekeeping() {
        if (pruner.hasWork() || book.hasReady()) {
            return 0;
        }
        long now = System.nanoTime();
        long nowMs = clock.now().toEpochMilli();
        long untilMinute = TimeUnit.MILLISECONDS.toNanos(60_000 - Math.floorMod(nowMs, 60_000));
        long until = Math.min(untilMinute, Math.min(nextAliveNanos - now, nextPruneNanos - now));
        if (book.hasProgress()) {
            until = Math.min(until, progressWrittenNanos + PROGRESS_SLICE_NANOS - now);
        }
        until = Math.min(until, foldSchedule.nanosUntilWork(now, nowMs));
        return Math.max(0, until);
    }

    private static boolean endsBatch(HistoryEvent event) {
        return event instanceof HistoryEvent.Flush || event instanceof HistoryEvent.Stop;
    }

    private static boolean containsControl(List<HistoryEvent> batch, int from) {
        for (int i = from; i < batch.size(); i++) {
            if (endsBatch(batch.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static void complete(CompletableFuture<Void> future, SQLException failed) {
        if (failed == null) {
            future.complete(null);
        } else {
            future.completeExceptionally(failed);
        }
    }

    private static long minuteOf(long epochMillis) {
        return Math.floorDiv(epochMillis, 60_000);
    }

    private void closeStatements() {
        try {
            pruner.close();
            hours.close();
            statements.close();
            run.close();
            control.close();
        } catch (SQLException e) {
            LOG.debug("Closing the history writer's statements failed", e);
        }
    }
}
