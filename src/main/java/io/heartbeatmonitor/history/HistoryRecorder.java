package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.write.ClientLink;
import io.heartbeatmonitor.history.write.HistoryEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tracker's listener that feeds the history: it turns each callback into a
 * {@link HistoryEvent} and offers it to the writer's bounded queue.
 *
 * <p>Threading: called on the NATS dispatcher and ticker threads under the tracker's lock (see
 * {@link MonitorListener}). It never blocks and never touches the database: when the queue is
 * full the event is dropped and counted in {@link #droppedCount()}; the writer logs the loss
 * once per burst. The last eighth of the queue is kept for events that shape the history
 * (sessions, state changes, connection changes, rejections, heartbeats that carry metadata),
 * so a flood of plain heartbeats loses only metric samples first.
 *
 * <p>Raw payloads are kept at most once per {@link HistorySettings#rawSpacing()} per client and
 * at most {@link HistorySettings#rawPerSecond()} a second in all; a payload the budget has no
 * room for is skipped, and the client's next heartbeat is tried again.
 */
public final class HistoryRecorder implements MonitorListener {

    private static final int REJECTION_EXCERPT_BYTES = 512;

    private final BlockingQueue<HistoryEvent> queue;
    private final int reserve;
    private final long rawSpacingMillis;
    private final int rawMaxBytes;
    private final RawBudget rawBudget;
    // Mutable links, not boxed Longs: the map lives long, and a new box per kept payload would
    // be one more object every young collection has to find from it and copy.
    private final Map<ClientKey, ClientLink> links = new ConcurrentHashMap<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closed;

    HistoryRecorder(BlockingQueue<HistoryEvent> queue, HistorySettings settings) {
        this.queue = queue;
        this.reserve = Math.max(1, settings.queueCapacity() / 8);
        this.rawSpacingMillis = settings.rawSpacing().toMillis();
        this.rawMaxBytes = settings.rawMaxBytes();
        this.rawBudget = new RawBudget(settings.rawPerSecond());
    }

    @Override
    public void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
        long at = receivedAt.toEpochMilli();
        ClientLink client = links.computeIfAbsent(heartbeat.key(), ClientLink::new);
        byte[] raw = rawToKeep(client, payload, at);
        Metrics metrics = heartbeat.metrics();
        HistoryEvent event = new HistoryEvent.HeartbeatSeen(client, at, heartbeat.status(),
                metrics.messagesSent(), metrics.messagesReceived(), metrics.errors(), metrics.uptimeSeconds(),
                heartbeat.metadata(), heartbeat.version(), raw, payload.length);
        offer(event, heartbeat.metadata() != null);
    }

    @Override
    public void onSessionStarted(Session session) {
        offer(new HistoryEvent.SessionStarted(session), true);
    }

    @Override
    public void onSessionEnded(Session session) {
        offer(new HistoryEvent.SessionEnded(session), true);
    }

    @Override
    public void onPresenceChange(PresenceChange change) {
        offer(new HistoryEvent.StateChanged(change), true);
    }

    @Override
    public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
        byte[] excerpt = payload.length <= REJECTION_EXCERPT_BYTES ? payload
                : Arrays.copyOf(payload, REJECTION_EXCERPT_BYTES);
        offer(new HistoryEvent.HeartbeatRejected(rejection, receivedAt.toEpochMilli(), excerpt,
                payload.length), true);
    }

    @Override
    public void onConnection(ConnectionState state, Instant at) {
        offer(new HistoryEvent.ConnectionChanged(state, at.toEpochMilli()), true);
    }

    /** Events dropped because the writer's queue was full, since the store opened. */
    public long droppedCount() {
        return dropped.get();
    }

    /** Events handed to the writer, since the store opened. */
    public long acceptedCount() {
        return accepted.get();
    }

    /** Raw payloads skipped because more came in a second than the history keeps. */
    public long rawSkippedCount() {
        return rawBudget.skipped();
    }

    /** Events waiting for the writer right now. */
    public int queueLength() {
        return queue.size();
    }

    /** Stops taking events; the store calls it when it closes. */
    void close() {
        closed = true;
    }

    private void offer(HistoryEvent event, boolean important) {
        if (closed) {
            return;
        }
        // Check, then offer: another producer may take the last free places in between, so the
        // reserve is kept approximately, which is all it needs.
        boolean room = important || queue.remainingCapacity() > reserve;
        if (room && queue.offer(event)) {
            accepted.incrementAndGet();
        } else {
            dropped.incrementAndGet();
        }
    }

    private byte[] rawToKeep(ClientLink client, byte[] payload, long at) {
        long lastAt = client.lastRawMillis();
        if (lastAt != Long.MIN_VALUE && at - lastAt < rawSpacingMillis && at >= lastAt) {
            return null;
        }
        if (!rawBudget.take(at)) {
            return null;
        }
        client.rawKept(at);
        return payload.length <= rawMaxBytes ? payload : Arrays.copyOf(payload, rawMaxBytes);
    }
}
