package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ClientHistory} kept in memory from what the running monitor sees: states and
 * connection gaps, sessions, the last raw heartbeats and rejections, and per-minute counters. It
 * knows nothing from before the monitor started, and says so through {@link Availability#monitored()}
 * and the gaps in {@link #stateTimeline}.
 *
 * <p>Limitation: it keeps the last 24 hours of per-minute counters, 20 raw heartbeats, 50
 * rejections and 200 sessions per client, and state changes for 30 days, all in memory, because
 * it stands in for the history database; with thousands of clients watched for a day the
 * counters take tens of megabytes.
 *
 * <p>Threading: as a {@link MonitorListener} it only queues each event, and one thread named
 * {@code live-history} applies them. Queries may come from any thread.
 */
public final class LiveHistory implements ClientHistory, MonitorListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHistory.class);
    private static final int QUEUE_CAPACITY = 100_000;
    private static final Duration KEPT = Duration.ofDays(30);
    private static final long DROP_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long PRUNE_INTERVAL_NANOS = TimeUnit.HOURS.toNanos(1);

    private final MonitorClock clock;
    private final Instant startedAt;
    private final ThreadPoolExecutor worker;
    private final Map<ClientKey, ClientTrail> trails = new HashMap<>();
    private final MonitoredTime monitored = new MonitoredTime();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong lastDropLog = new AtomicLong(System.nanoTime() - DROP_LOG_INTERVAL_NANOS);
    private long lastPruneNanos;

    /** A history that starts now, by {@code clock}; no thread runs until the first event. */
    public LiveHistory(MonitorClock clock) {
        this.clock = clock;
        this.startedAt = clock.now();
        this.lastPruneNanos = clock.nanoTime();
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(QUEUE_CAPACITY), LiveHistory::newThread, (task, pool) -> dropped());
    }

    // ---- MonitorListener: called under the tracker's lock; only queue ----

    @Override
    public void onPresenceChange(PresenceChange change) {
        submit(() -> trail(change.key()).changeState(change.at(), change.state()));
    }

    @Override
    public void onSessionStarted(Session session) {
        submit(() -> trail(session.key()).sessionStarted(session));
    }

    @Override
    public void onSessionEnded(Session session) {
        submit(() -> trail(session.key()).sessionEnded(session));
    }

    @Override
    public void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
        String text = new String(payload, StandardCharsets.UTF_8);
        submit(() -> trail(heartbeat.key())
                .heartbeat(heartbeat.status(), heartbeat.metrics(), receivedAt, text));
    }

    @Override
    public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
        if (rejection.key() == null) {
            return;
        }
        RejectedHeartbeat rejected = new RejectedHeartbeat(receivedAt, rejection.reason(), rejection.detail(),
                new String(payload, StandardCharsets.UTF_8));
        submit(() -> trail(rejection.key()).rejected(rejected));
    }

    @Override
    public void onConnection(ConnectionState state, Instant at) {
        submit(() -> {
            if (state.isUp()) {
                monitored.connected(at);
            } else {
                monitored.disconnected(at);
            }
        });
    }

    // ---- ClientHistory ----

    @Override
    public synchronized Availability availability(ClientKey key, Duration window, Instant now) {
        Instant from = now.minus(window);
        Duration watched = monitored.total(from, now);
        Duration online = Duration.ZERO;
        for (StateSpan span : stateTimeline(key, from, now)) {
            if (span.state().isOnline()) {
                online = online.plus(Duration.between(span.from(), span.to()));
            }
        }
        return new Availability(window, watched, online.compareTo(watched) > 0 ? watched : online);
    }

    @Override
    public synchronized List<MinuteMetrics> minuteMetrics(ClientKey key, Instant from, Instant to) {
        ClientTrail trail = trails.get(key);
        return trail == null ? List.of() : trail.minutes.between(from, to);
    }

    @Override
    public synchronized List<StateSpan> stateTimeline(ClientKey key, Instant from, Instant to) {
        ClientTrail trail = trails.get(key);
        if (trail == null) {
            return List.of();
        }
        return StateSpans.cut(trail.transitions, monitored.within(from, to));
    }

    @Override
    public synchronized List<Session> sessions(ClientKey key, int limit) {
        ClientTrail trail = trails.get(key);
        if (trail == null) {
            return List.of();
        }
        List<Session> newestFirst = new ArrayList<>();
        if (trail.openSession != null) {
            newestFirst.add(trail.openSession);
        }
        trail.closedSessions.descendingIterator().forEachRemaining(newestFirst::add);
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public synchronized List<RawHeartbeat> lastHeartbeats(ClientKey key, int limit) {
        ClientTrail trail = trails.get(key);
        return trail == null ? List.of() : newestFirst(trail.raw.descendingIterator(), limit);
    }

    @Override
    public synchronized List<RejectedHeartbeat> rejections(ClientKey key, int limit) {
        ClientTrail trail = trails.get(key);
        return trail == null ? List.of() : newestFirst(trail.rejections.descendingIterator(), limit);
    }

    /** When this history began to watch. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Waits until every event queued so far is applied, or {@code timeout} passed. */
    public boolean flush(Duration timeout) throws InterruptedException {
        CountDownLatch applied = new CountDownLatch(1);
        worker.execute(applied::countDown);
        return applied.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Applies what is queued, then stops the thread. */
    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("The in-memory history did not finish its queue in time; stopping it");
            worker.shutdownNow();
        }
    }

    private void submit(Runnable event) {
        if (!worker.isShutdown()) {
            worker.execute(() -> apply(event));
        }
    }

    private synchronized void apply(Runnable event) {
        event.run();
        if (clock.nanoTime() - lastPruneNanos > PRUNE_INTERVAL_NANOS) {
            lastPruneNanos = clock.nanoTime();
            forgetBefore(clock.now().minus(KEPT));
        }
    }

    private ClientTrail trail(ClientKey key) {
        return trails.computeIfAbsent(key, k -> new ClientTrail(k, startedAt));
    }

    private void forgetBefore(Instant horizon) {
        monitored.forgetBefore(horizon);
        trails.values().forEach(trail -> trail.forgetBefore(horizon));
    }

    private void dropped() {
        long count = dropped.incrementAndGet();
        long now = System.nanoTime();
        long last = lastDropLog.get();
        if (now - last >= DROP_LOG_INTERVAL_NANOS && lastDropLog.compareAndSet(last, now)) {
            LOG.warn("The in-memory history falls behind; {} events dropped so far", count);
        }
    }

    private static <T> List<T> newestFirst(java.util.Iterator<T> newestFirst, int limit) {
        List<T> result = new ArrayList<>();
        while (newestFirst.hasNext() && result.size() < limit) {
            result.add(newestFirst.next());
        }
        return List.copyOf(result);
    }

    private static Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "live-history");
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler((t, e) -> LOG.error("The in-memory history failed", e));
        return thread;
    }
}
