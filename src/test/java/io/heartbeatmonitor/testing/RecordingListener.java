package io.heartbeatmonitor.testing;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event a tracker reports, for tests to look at from any thread. */
public final class RecordingListener implements MonitorListener {

    public final List<PresenceChange> changes = new CopyOnWriteArrayList<>();
    public final List<Session> endedSessions = new CopyOnWriteArrayList<>();
    public final List<Rejection> rejections = new CopyOnWriteArrayList<>();
    public final List<ConnectionState> connections = new CopyOnWriteArrayList<>();

    @Override
    public void onPresenceChange(PresenceChange change) {
        changes.add(change);
    }

    @Override
    public void onSessionEnded(Session session) {
        endedSessions.add(session);
    }

    @Override
    public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
        rejections.add(rejection);
    }

    @Override
    public void onConnection(ConnectionState state, Instant at) {
        connections.add(state);
    }
}
