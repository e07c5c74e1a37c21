package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.ui.UiThreads;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries what changed in the tracker to the FX thread: a few times a second, on its own thread
 * named {@code ui-pump}, it drains the tracker's changed clients and hands them over in one task,
 * however many heartbeats arrived. When the FX thread has not yet run the previous hand-over,
 * the new changes are merged into it instead of queueing another, so a busy FX thread never
 * falls further behind.
 */
public final class SnapshotPump implements AutoCloseable {

    /** Four hand-overs a second: live enough for people, cheap for the FX thread. */
    public static final Duration PERIOD = Duration.ofMillis(250);

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotPump.class);

    private final PresenceTracker tracker;
    private final Supplier<ConnectionState> connection;
    private final Consumer<FleetUpdate> receiver;
    private final Executor handOver;
    private final Object lock = new Object();
    private ScheduledExecutorService ticker;
    private FleetUpdate pending;

    /**
     * @param connection the last connection state of the monitor
     * @param receiver takes each batch; runs on {@code handOver}
     * @param handOver runs the hand-over, such as {@code Platform::runLater}
     */
    public SnapshotPump(PresenceTracker tracker, Supplier<ConnectionState> connection,
            Consumer<FleetUpdate> receiver, Executor handOver) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.handOver = Objects.requireNonNull(handOver, "handOver");
    }

    /** Starts ticking every {@link #PERIOD}, beginning at once. */
    public synchronized void start() {
        if (ticker != null) {
            throw new IllegalStateException("the pump is already running");
        }
        ticker = UiThreads.scheduler("ui-pump");
        ticker.scheduleAtFixedRate(this::tickSafely, 0, PERIOD.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Takes what changed and hands it over, or merges it into the hand-over still waiting.
     * Called by the pump's thread; visible for tests that tick by hand.
     */
    void tick() {
        FleetUpdate fresh = new FleetUpdate(tracker.drainChanged(), tracker.acceptedCount(),
                tracker.rejectedCount(), tracker.staleSince().orElse(null), connection.get(),
                System.nanoTime());
        boolean post;
        synchronized (lock) {
            post = pending == null;
            pending = post ? fresh : pending.followedBy(fresh);
        }
        if (post) {
            handOver.execute(this::deliver);
        }
    }

    /** Stops ticking; a hand-over already posted still runs. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }

    private void deliver() {
        FleetUpdate batch;
        synchronized (lock) {
            batch = pending;
            pending = null;
        }
        if (batch != null) {
            receiver.accept(batch);
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            LOG.error("Taking the changes for the window failed; trying again at the next tick", e);
        }
    }
}
