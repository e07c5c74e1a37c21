package io.heartbeatmonitor.nats;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.presence.HeartbeatIngest;
import io.nats.client.AuthenticationException;
import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monitor's subscription to heartbeats: connects with a profile, subscribes to one tenant or
 * to all, feeds every message to a {@link HeartbeatIngest} on the jnats dispatcher thread, and
 * reports its connection state to the ingest's tracker. It reconnects forever.
 *
 * <p>If no server answers at {@link #open()}, it keeps trying on a background thread named
 * {@code nats-connect}, and the tracker stays stale until the first connection.
 */
public final class MonitorConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorConnection.class);
    private static final Duration SUBSCRIPTION_CONFIRMATION = Duration.ofSeconds(5);

    private final ConnectionProfile profile;
    private final String subjectFilter;
    private final HeartbeatIngest ingest;
    private final PendingLimits pendingLimits;

    private volatile Connection connection;
    private volatile Dispatcher dispatcher;
    private volatile Thread connector;
    private volatile boolean closed;

    /**
     * @param subjectFilter the subscription, such as {@code _HEARTBEAT.tenant.acme.client.*}
     */
    public MonitorConnection(ConnectionProfile profile, String subjectFilter, HeartbeatIngest ingest) {
        this(profile, subjectFilter, ingest, PendingLimits.DEFAULT);
    }

    /**
     * @param subjectFilter the subscription, such as {@code _HEARTBEAT.tenant.acme.client.*}
     * @param pendingLimits how far the dispatcher may fall behind before messages are dropped
     */
    public MonitorConnection(ConnectionProfile profile, String subjectFilter,
            HeartbeatIngest ingest, PendingLimits pendingLimits) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.subjectFilter = Objects.requireNonNull(subjectFilter, "subjectFilter");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
        this.pendingLimits = Objects.requireNonNull(pendingLimits, "pendingLimits");
    }

    /**
     * Connects and subscribes. Returns once the server has confirmed the subscription, or at once
     * after the first failed attempt when the servers cannot be reached, leaving a background
     * thread to keep trying.
     *
     * @throws NatsSetupException when a secret file is unusable or the server refuses the credentials
     */
    public void open() throws NatsSetupException, InterruptedException {
        Options options = NatsOptions.forProfile(profile, "heartbeat-monitor")
                .connectionListener(this::onConnectionEvent)
                .build();
        LOG.info("Connecting to NATS at {} ({})", profile.serversForDisplay(), profile.auth().describe());
        try {
            subscribe(io.nats.client.Nats.connect(options));
        } catch (AuthenticationException e) {
            throw NatsConnections.refused(profile, e);
        } catch (IOException e) {
            LOG.warn("Cannot reach NATS at {} ({}); the picture stays stale while the monitor keeps trying",
                    profile.serversForDisplay(), e.getMessage());
            startConnector(options);
        }
    }

    /**
     * Messages jnats dropped because the monitor fell behind, since {@link #open()}. Any thread
     * may ask; the count is jnats' own atomic counter.
     *
     * <p>Limitation: messages the server discards when it gives up on a monitor too slow to read
     * are not counted here; the server closes the connection instead, which the tracker reports
     * as a disconnect.
     */
    public long droppedCount() {
        Dispatcher current = dispatcher;
        return current == null ? 0 : current.getDroppedCount();
    }

    /** Messages received but not yet handled by the dispatcher. */
    public long pendingCount() {
        Dispatcher current = dispatcher;
        return current == null ? 0 : current.getPendingMessageCount();
    }

    /** The subscription this connection serves. */
    public String subjectFilter() {
        return subjectFilter;
    }

    /** Closes the connection and reports {@code closed} to the tracker. Idempotent. */
    @Override
    public void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        Thread retrying = connector;
        if (retrying != null) {
            retrying.interrupt();
            retrying.join();
        }
        Connection current = connection;
        if (current != null) {
            current.close();
        }
        ingest.tracker().connectionChanged(ConnectionState.CLOSED);
        LOG.info("NATS connection closed");
    }

    /**
     * Subscribes and waits until the server has the subscription, so that heartbeats published
     * once {@link #open()} returns reach the monitor.
     */
    private void subscribe(Connection opened) throws InterruptedException {
        connection = opened;
        Dispatcher created = opened.createDispatcher(this::onMessage);
        created.setPendingLimits(pendingLimits.messages(), pendingLimits.bytes());
        created.subscribe(subjectFilter);
        dispatcher = created;
        try {
            opened.flush(SUBSCRIPTION_CONFIRMATION);
            LOG.info("Subscribed to {} on {}", subjectFilter, opened.getConnectedUrl());
        } catch (TimeoutException e) {
            LOG.warn("{} did not confirm the subscription to {} within {} s; heartbeats sent"
                    + " before it does are not seen", opened.getConnectedUrl(), subjectFilter,
                    SUBSCRIPTION_CONFIRMATION.toSeconds());
        }
    }

    private void onMessage(Message message) {
        try {
            ingest.accept(message.getSubject(), message.getData());
        } catch (RuntimeException e) {
            // The ingest never throws for bad input; this guards the subscription against a bug.
            LOG.error("Handling a message on {} failed; the subscription carries on", message.getSubject(), e);
        }
    }

    private void startConnector(Options options) {
        Thread thread = new Thread(() -> connectUntilUp(options), "nats-connect");
        thread.setDaemon(true);
        connector = thread;
        thread.start();
    }

    private void connectUntilUp(Options options) {
        String lastProblem = null;
        while (!closed) {
            try {
                Thread.sleep(NatsOptions.RECONNECT_WAIT.toMillis());
                subscribe(io.nats.client.Nats.connect(options));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                String problem = e.getMessage();
                if (!Objects.equals(problem, lastProblem)) {
                    LOG.warn("Still cannot connect to NATS at {}: {}", profile.serversForDisplay(), problem);
                    lastProblem = problem;
                }
            }
        }
    }

    private void onConnectionEvent(Connection source, ConnectionListener.Events event) {
        ConnectionState state = switch (event) {
            case CONNECTED -> ConnectionState.CONNECTED;
            case RECONNECTED -> ConnectionState.RECONNECTED;
            case DISCONNECTED -> ConnectionState.DISCONNECTED;
            // CLOSED is reported by close(), after the connection is really gone.
            default -> null;
        };
        if (state == null || closed) {
            return;
        }
        if (state == ConnectionState.DISCONNECTED) {
            LOG.warn("Lost the NATS connection; clients are shown stale until it is back");
        } else {
            LOG.info("NATS {} to {}", state.wireName(), source.getConnectedUrl());
        }
        ingest.tracker().connectionChanged(state);
    }
}
