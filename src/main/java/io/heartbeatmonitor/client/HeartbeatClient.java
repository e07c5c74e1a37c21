package io.heartbeatmonitor.client;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.nats.client.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client side of the heartbeat protocol: on {@link #start()} it sends a heartbeat at once
 * with the full metadata, then one after every delay of its {@link HeartbeatSchedule}, each with
 * the current counters and status; {@link #close()} sends a final {@code disconnecting} heartbeat
 * before the connection closes.
 *
 * <p>It either owns its connection (built with a {@link ConnectionProfile}: connected by
 * {@code start}, closed by {@code close}) or shares one the application owns.
 *
 * <p>Thread-safe. Heartbeats are sent from the scheduler's thread.
 */
public final class HeartbeatClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatClient.class);
    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(2);

    private final ClientKey key;
    private final String subject;
    private final ConnectionProfile profile;
    private final Metadata metadata;
    private final String version;
    private final HeartbeatSchedule schedule;
    private final Supplier<ClientStatus> status;
    private final ClientCounters counters;
    private final Clock clock;
    private final boolean metadataEveryTime;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;

    private Connection connection;
    private ScheduledFuture<?> next;
    private long startNanos;
    private long sent;
    private boolean running;

    private HeartbeatClient(Builder builder) {
        this.key = builder.key;
        this.subject = HeartbeatSubject.of(builder.key);
        this.profile = builder.profile;
        this.connection = builder.connection;
        this.metadata = builder.metadata;
        this.version = builder.version;
        this.schedule = builder.schedule;
        this.status = builder.status;
        this.counters = builder.counters;
        this.clock = builder.clock;
        this.metadataEveryTime = builder.metadataEveryTime;
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler ? ownScheduler(key) : builder.scheduler;
    }

    /** Starts building a client for {@code key}. */
    public static Builder builder(ClientKey key) {
        return new Builder(key);
    }

    /**
     * Connects (when it owns its connection), sends the first heartbeat with full metadata and
     * starts the timer.
     *
     * @throws NatsSetupException when its own connection cannot be opened
     */
    public void start() throws NatsSetupException, InterruptedException {
        Connection opened = profile == null ? null : NatsConnections.connect(profile, "heartbeat-" + key.client());
        synchronized (this) {
            if (running) {
                throw new IllegalStateException("client " + key + " is already running");
            }
            if (opened != null) {
                connection = opened;
            }
            running = true;
            startNanos = System.nanoTime();
            publish(currentStatus());
            scheduleNext();
        }
    }

    /** Sends a heartbeat now, for example right after the status changed, and restarts the timer. */
    public synchronized void sendNow() {
        if (!running) {
            return;
        }
        next.cancel(false);
        publish(currentStatus());
        scheduleNext();
    }

    /**
     * Leaves gracefully: stops the timer, sends a {@code disconnecting} heartbeat, waits for it to
     * reach the server, and closes the connection when this client owns it.
     */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            if (!running) {
                shutDownScheduler();
                return;
            }
            running = false;
            next.cancel(false);
            publish(ClientStatus.DISCONNECTING);
        }
        flushFinalHeartbeat();
        if (profile != null) {
            connection.close();
        }
        shutDownScheduler();
    }

    /**
     * Stops without a final heartbeat, as a crashed process would; the monitor then sees the
     * client time out. An owned connection is closed without flushing.
     */
    public void abandon() throws InterruptedException {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            next.cancel(false);
        }
        if (profile != null) {
            connection.close();
        }
        shutDownScheduler();
    }

    private void flushFinalHeartbeat() throws InterruptedException {
        if (connection.getStatus() != Connection.Status.CONNECTED) {
            LOG.warn("The final heartbeat of {} may not reach the server: NATS is not connected", key);
            return;
        }
        try {
            connection.flush(FLUSH_TIMEOUT);
        } catch (TimeoutException | IllegalStateException e) {
            LOG.warn("The final heartbeat of {} may not have reached the server: {}", key, e.getMessage());
        }
    }

    /** Heartbeats sent so far, the final one included. */
    public synchronized long heartbeatsSent() {
        return sent;
    }

    public ClientKey key() {
        return key;
    }

    /** The counters this client reports; the application counts into them. */
    public ClientCounters counters() {
        return counters;
    }

    private void scheduleNext() {
        long delay = schedule.nextDelay().toNanos();
        next = scheduler.schedule(this::onTimer, delay, TimeUnit.NANOSECONDS);
    }

    private synchronized void onTimer() {
        if (!running) {
            return;
        }
        publish(currentStatus());
        scheduleNext();
    }

    private ClientStatus currentStatus() {
        ClientStatus current = status.get();
        return current == null || current == ClientStatus.DISCONNECTING ? ClientStatus.HEALTHY : current;
    }

    private void publish(ClientStatus reported) {
        long uptime = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startNanos);
        boolean withMetadata = sent == 0 || metadataEveryTime;
        Heartbeat heartbeat = new Heartbeat(key, clock.instant(), version, reported, counters.read(uptime),
                withMetadata ? metadata : null);
        try {
            connection.publish(subject, ENCODER.encode(heartbeat));
            sent++;
        } catch (IllegalStateException e) {
            // The connection is closed or draining; the timer keeps going in case it comes back.
            LOG.warn("Heartbeat of {} not sent: {}", key, e.getMessage());
        }
    }

    private void shutDownScheduler() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    private static ScheduledExecutorService ownScheduler(ClientKey key) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "heartbeat-" + key.client());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Configures a {@link HeartbeatClient}; only the connection is required. */
    public static final class Builder {
        private final ClientKey key;
        private Connection connection;
        private ConnectionProfile profile;
        private Metadata metadata = Metadata.EMPTY;
        private String version = "1.0.0";
        private HeartbeatSchedule schedule = HeartbeatSchedule.RECOMMENDED;
        private Supplier<ClientStatus> status = () -> ClientStatus.HEALTHY;
        private ClientCounters counters = new ClientCounters();
        private Clock clock = Clock.systemUTC();
        private boolean metadataEveryTime = true;
        private ScheduledExecutorService scheduler;

        private Builder(ClientKey key) {
            this.key = Objects.requireNonNull(key, "key");
            HeartbeatSubject.of(key);
        }

        /** Publishes on a connection the application owns and closes. */
        public Builder connection(Connection shared) {
            this.connection = Objects.requireNonNull(shared, "connection");
            this.profile = null;
            return this;
        }

        /** Opens and closes a connection of its own with this profile. */
        public Builder profile(ConnectionProfile own) {
            this.profile = Objects.requireNonNull(own, "profile");
            this.connection = null;
            return this;
        }

        public Builder metadata(Metadata value) {
            this.metadata = Objects.requireNonNull(value, "metadata");
            return this;
        }

        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "version");
            return this;
        }

        public Builder schedule(HeartbeatSchedule value) {
            this.schedule = Objects.requireNonNull(value, "schedule");
            return this;
        }

        /** Asked before every heartbeat; {@code disconnecting} is reserved for {@link #close()}. */
        public Builder status(Supplier<ClientStatus> value) {
            this.status = Objects.requireNonNull(value, "status");
            return this;
        }

        public Builder counters(ClientCounters value) {
            this.counters = Objects.requireNonNull(value, "counters");
            return this;
        }

        /** The clock of the heartbeat timestamps; a skewed one simulates a client with a wrong clock. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Whether every heartbeat carries the metadata (the default, so that a monitor started
         * later learns it) or only the first one, as the protocol minimally requires.
         */
        public Builder metadataEveryTime(boolean value) {
            this.metadataEveryTime = value;
            return this;
        }

        /** Runs the timer on a shared scheduler, which the caller shuts down; a fleet needs this. */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        public HeartbeatClient build() {
            if (connection == null && profile == null) {
                throw new IllegalStateException("a heartbeat client needs a connection or a profile");
            }
            return new HeartbeatClient(this);
        }
    }
}
