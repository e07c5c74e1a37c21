package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.LastCounters;
import io.heartbeatmonitor.core.Metadata;
import java.time.Duration;
import java.time.Instant;

/**
 * The tracker's mutable record of one client. Only the {@link PresenceTracker} touches it, under
 * its lock; everyone else sees {@link ClientSnapshot}s.
 */
final class ClientPresence {

    final ClientKey key;
    final PresenceSettings settings;
    /** The queue of the clients with its settings, which it is in while online, and its place there. */
    final SilenceQueue home;
    final int silencePlace;

    PresenceState state = PresenceState.UNKNOWN;
    Instant stateSince;
    OfflineReason offlineReason;

    ClientStatus reportedStatus;
    long lastSeenNanos;
    // The receive time and counters of the last heartbeat are kept as numbers: see LastCounters.
    long lastSeenEpochSecond;
    int lastSeenNano;
    final LastCounters counters = new LastCounters();
    Metadata metadata = Metadata.EMPTY;
    String version;
    long clockSkewMillis;

    long heartbeats;
    long rejected;
    String lastRejection;
    long restarts;
    Instant lastRestart;

    Instant sessionStart;
    long sessionHeartbeats;
    ClientStatus sessionWorst;
    String sessionVersion;

    /** Set while the client waits in the tracker's list of changes for the next drain. */
    boolean changed;

    ClientPresence(ClientKey key, PresenceSettings settings, SilenceQueue home, Instant knownSince) {
        this.key = key;
        this.settings = settings;
        this.home = home;
        this.stateSince = knownSince;
        // Last, so that the queue is handed a client that is all set up.
        this.silencePlace = home.enrol(this);
    }

    boolean hasOpenSession() {
        return sessionStart != null;
    }

    /**
     * Notes a heartbeat. Fields that hold objects are written only when the value changed:
     * this record lives as long as its client, and each write of a reference into it marks a
     * card that the next young collection scans, with or without a change.
     */
    void record(Heartbeat heartbeat, long receivedNanos, Instant receivedAt) {
        if (reportedStatus != heartbeat.status()) {
            reportedStatus = heartbeat.status();
        }
        lastSeenNanos = receivedNanos;
        lastSeenEpochSecond = receivedAt.getEpochSecond();
        lastSeenNano = receivedAt.getNano();
        counters.set(heartbeat.metrics());
        if (heartbeat.metadata() != null && !heartbeat.metadata().equals(metadata)) {
            metadata = heartbeat.metadata();
        }
        if (!heartbeat.version().equals(version)) {
            version = heartbeat.version();
        }
        clockSkewMillis = heartbeat.timestamp().toEpochMilli() - receivedAt.toEpochMilli();
        heartbeats++;
    }

    void openSession(Instant at) {
        sessionStart = at;
        sessionHeartbeats = 0;
        sessionWorst = ClientStatus.HEALTHY;
        sessionVersion = version;
    }

    void countInSession(ClientStatus status) {
        sessionHeartbeats++;
        if (status.isWorseThan(sessionWorst)) {
            sessionWorst = status;
        }
    }

    Session closeSession(Instant at, EndReason reason) {
        Session closed = currentSession(at, reason);
        sessionStart = null;
        return closed;
    }

    Session currentSession(Instant end, EndReason reason) {
        return new Session(key, sessionStart, end, reason, sessionHeartbeats, sessionWorst, sessionVersion);
    }

    ClientSnapshot snapshot() {
        boolean seen = heartbeats > 0;
        Instant lastSeen = seen ? Instant.ofEpochSecond(lastSeenEpochSecond, lastSeenNano) : null;
        return new ClientSnapshot(key, state, stateSince, offlineReason, reportedStatus, lastSeen,
                counters.toMetrics(),
                metadata, version, seen ? Duration.ofMillis(clockSkewMillis) : null, heartbeats, rejected,
                lastRejection, restarts, lastRestart, sessionStart);
    }
}
