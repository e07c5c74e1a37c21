package io.heartbeatmonitor.testing;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real listener that writes down what it is told, in order: a short line per event for
 * checking the sequence, and the event objects for checking their fields.
 */
public final class RecordingListener implements MonitorListener {

    private final List<String> log = new ArrayList<>();
    private final List<PresenceChange> changes = new ArrayList<>();
    private final List<Session> started = new ArrayList<>();
    private final List<Session> ended = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<ConnectionState> connections = new ArrayList<>();

    @Override
    public synchronized void onPresenceChange(PresenceChange change) {
        changes.add(change);
        String reason = change.reason() == null ? "" : " (" + change.reason().wireName() + ")";
        log.add("state " + change.key().client() + " " + change.previous().wireName() + "->"
                + change.state().wireName() + reason);
    }

    @Override
    public synchronized void onSessionStarted(Session session) {
        started.add(session);
        log.add("session-started " + session.key().client());
    }

    @Override
    public synchronized void onSessionEnded(Session session) {
        ended.add(session);
        log.add("session-ended " + session.key().client() + " " + session.endReason().wireName());
    }

    @Override
    public synchronized void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
        log.add("heartbeat " + heartbeat.key().client() + " " + heartbeat.status().wireName());
    }

    @Override
    public synchronized void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
        rejections.add(rejection);
        log.add("rejected " + rejection.subject() + " " + rejection.reason().code());
    }

    @Override
    public synchronized void onConnection(ConnectionState state, Instant at) {
        connections.add(state);
        log.add("connection " + state.wireName());
    }

    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    public synchronized List<PresenceChange> changes() {
        return List.copyOf(changes);
    }

    public synchronized List<Session> started() {
        return List.copyOf(started);
    }

    public synchronized List<Session> ended() {
        return List.copyOf(ended);
    }

    public synchronized List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public synchronized List<ConnectionState> connections() {
        return List.copyOf(connections);
    }

    /** Forgets everything recorded so far, so that a test sees only what its act step caused. */
    public synchronized void clear() {
        log.clear();
        changes.clear();
        started.clear();
        ended.clear();
        rejections.clear();
    }
}
