package io.heartbeatmonitor.app;

import io.heartbeatmonitor.core.HeartbeatParser;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.HeartbeatIngest;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryStats;
import io.heartbeatmonitor.history.HistoryStore;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.MonitorConnection;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.heartbeatmonitor.nats.PendingLimits;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running monitor: the presence tracker fed by a NATS subscription, and the ticker that
 * finds silent clients. Shared by {@code watch} and the window.
 */
public final class Monitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);
    private static final Duration SHORTEST_TICK = Duration.ofMillis(10);
    private static final Duration LONGEST_TICK = Duration.ofMillis(500);

    private final PresenceTracker tracker;
    private final MonitorConnection connection;
    private final Duration tickPeriod;
    private final ScheduledExecutorService ticker;
    // Volatile, so that losses() can be asked from the FX thread without the monitor's lock,
    // which close() holds for as long as the history takes to write its last batch.
    private volatile HistoryStore history;
    private boolean started;

    /**
     * @param subjectFilter the subscription, for one tenant or all
     */
    public Monitor(ConnectionProfile profile, String subjectFilter, PresenceSettings settings, MonitorClock clock) {
        this(profile, subjectFilter, settings, clock, PendingLimits.DEFAULT);
    }

    /**
     * @param subjectFilter the subscription, for one tenant or all
     * @param pendingLimits how far the subscription may fall behind before it drops heartbeats
     */
    public Monitor(ConnectionProfile profile, String subjectFilter, PresenceSettings settings,
            MonitorClock clock, PendingLimits pendingLimits) {
        this.tracker = new PresenceTracker(clock, settings);
        this.connection = new MonitorConnection(profile, subjectFilter,
                new HeartbeatIngest(new HeartbeatParser(), tracker), pendingLimits);
        this.tickPeriod = tickPeriodFor(settings);
        this.ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "presence-ticker");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("The presence ticker failed", e));
            return thread;
        });
    }

    /**
     * Ticks often enough that a state change is seen within a fifth of the grace (or of the
     * interval when there is no grace), and at most twice a second.
     */
    static Duration tickPeriodFor(PresenceSettings settings) {
        Duration basis = settings.grace().isZero() ? settings.interval() : settings.grace();
        Duration period = basis.dividedBy(5);
        if (period.compareTo(SHORTEST_TICK) < 0) {
            return SHORTEST_TICK;
        }
        return period.compareTo(LONGEST_TICK) > 0 ? LONGEST_TICK : period;
    }

    public PresenceTracker tracker() {
        return tracker;
    }

    public MonitorConnection connection() {
        return connection;
    }

    /** Adds a listener before {@link #start()}; see {@link MonitorListener} for its threading. */
    public void addListener(MonitorListener listener) {
        tracker.addListener(listener);
    }

    /**
     * Records into {@code store} from now on. The monitor owns the store: {@link #close()} closes
     * it after the tracker has ended the open sessions, so that they are written as
     * {@code monitor-stopped} before the run ends.
     */
    public synchronized void recordInto(HistoryStore store) {
        history = store;
        tracker.addListener(store.recorder());
    }

    /** The history store this monitor records into, if any. */
    public Optional<HistoryStore> history() {
        return Optional.ofNullable(history);
    }

    /**
     * What this monitor dropped or could not record since it started. Any thread may ask, the FX
     * thread included: it reads counters, at most under locks held for a few instructions, and
     * never waits for the disk, the network or the monitor's own lock.
     *
     * <p>Limitation: the history does not learn of dropped heartbeats, so a client that turned
     * late only because its heartbeats were dropped is recorded as late; the count is only shown
     * while the monitor runs.
     */
    public MonitorLosses losses() {
        HistoryStore store = history;
        if (store == null) {
            return new MonitorLosses(connection.droppedCount(), 0, 0, null);
        }
        HistoryStats stats = store.stats();
        return new MonitorLosses(connection.droppedCount(), stats.dropped(), stats.lost(),
                stats.failure());
    }

    /** Connects, subscribes and starts the ticker. */
    public synchronized void start() throws NatsSetupException, InterruptedException {
        if (started) {
            throw new IllegalStateException("the monitor is already running");
        }
        started = true;
        ticker.scheduleAtFixedRate(this::tick, tickPeriod.toNanos(), tickPeriod.toNanos(), TimeUnit.NANOSECONDS);
        connection.open();
    }

    /**
     * Stops: closes the connection (reporting {@code closed}), stops the ticker, ends the open
     * sessions as {@code monitor-stopped} and closes the history store, if any.
     */
    @Override
    public synchronized void close() throws InterruptedException {
        connection.close();
        ticker.shutdownNow();
        ticker.awaitTermination(5, TimeUnit.SECONDS);
        tracker.stop();
        if (history != null) {
            closeHistory();
        }
    }

    private void closeHistory() throws InterruptedException {
        try {
            history.close();
        } catch (HistoryException e) {
            LOG.error("The end of this run may be missing from the history: {}", e.getMessage(), e);
        }
    }

    private void tick() {
        try {
            tracker.tick();
        } catch (RuntimeException e) {
            LOG.error("Checking for silent clients failed; trying again at the next tick", e);
        }
    }
}
