package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.LastCounters;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.Session;

/**
 * The writer's memory of one client: its row id, its open session, what still has to be
 * written, and the counters of its previous heartbeat to turn the next ones into increments.
 * Only the writer thread touches it.
 */
final class ClientState {

    /**
     * Longer than this between two heartbeats, and the counters in between are not counted:
     * they cover a time the monitor could not watch, and put in one minute they would make a
     * giant spike.
     *
     * <p>Limitation: messages a client counted while it was silent for longer, or while the
     * monitor was away, are missing from the samples, because nothing says when they happened.
     */
    static final long LONGEST_COUNTED_GAP_MS = 5 * 60_000;

    final ClientKey key;

    /** Row id in {@code clients}; 0 while unknown. */
    long id;
    /** The open session as it started, or null when the client has none. */
    Session session;
    /** Row id of the open session in {@code sessions}; 0 while unknown. */
    long sessionId;
    long sessionHeartbeats;
    ClientStatus sessionWorst = ClientStatus.HEALTHY;

    long lastSeenMs;
    String version;
    /** Metadata seen but not yet written; null when there is nothing new. */
    Metadata newMetadata;
    Metadata writtenMetadata;
    /** Something changed that the next periodic write must store. */
    boolean dirty;

    /** The counters of the previous heartbeat, as numbers: see {@link LastCounters}. */
    final LastCounters lastCounters = new LastCounters();
    long lastCountersMs;
    MinuteSample sample;

    /** Slot of the next raw payload; -1 until read from the database. */
    int nextRawSlot = -1;

    ClientState(ClientKey key) {
        this.key = key;
    }

    /**
     * Counts one heartbeat into {@code target}: the increase of every counter since the
     * previous heartbeat, or, when the counters went down because the client restarted, the
     * counters themselves, which is what it did since the restart. Never negative.
     */
    void countInto(MinuteSample target, long atMs, Metrics metrics) {
        boolean baseline = !lastCounters.isSet() || atMs - lastCountersMs > LONGEST_COUNTED_GAP_MS
                || atMs < lastCountersMs;
        boolean restarted = !baseline && lastCounters.showRestartIn(metrics);
        Metrics increase;
        if (baseline) {
            increase = Metrics.ZERO;
        } else if (restarted) {
            increase = metrics;
        } else {
            increase = lastCounters.growthTo(metrics);
        }
        target.add(increase, metrics.uptimeSeconds(), restarted);
        lastCounters.set(metrics);
        lastCountersMs = atMs;
    }

    /**
     * Forgets every row id, after a transaction that may have created them was rolled back;
     * they are looked up again when next needed, and what was pending is written again.
     */
    void forgetRowIds() {
        id = 0;
        sessionId = 0;
        nextRawSlot = -1;
        if (newMetadata == null) {
            newMetadata = writtenMetadata;
        }
        writtenMetadata = null;
        dirty = true;
    }

    /** Forgets the previous counters, so the next heartbeat only sets a new baseline. */
    void forgetCounters() {
        lastCounters.clear();
    }

    /** Notes a heartbeat of the open session for the periodic progress write. */
    void countInSession(ClientStatus status) {
        if (session != null) {
            sessionHeartbeats++;
            if (status.isWorseThan(sessionWorst)) {
                sessionWorst = status;
            }
        }
    }
}
