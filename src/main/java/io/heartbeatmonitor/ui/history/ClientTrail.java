package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.core.presence.Session;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * What {@link LiveHistory} remembers of one client. Guarded by the history's lock; only the
 * history touches it.
 */
final class ClientTrail {

    static final int RAW_KEPT = 20;
    static final int REJECTIONS_KEPT = 50;
    static final int SESSIONS_KEPT = 200;
    static final int MINUTES_KEPT = 24 * 60;

    /** One change of state. */
    record Transition(Instant at, PresenceState state) {
    }

    final ClientKey key;
    final List<Transition> transitions = new ArrayList<>();
    final Deque<Session> closedSessions = new ArrayDeque<>();
    final Deque<RawHeartbeat> raw = new ArrayDeque<>();
    final Deque<RejectedHeartbeat> rejections = new ArrayDeque<>();
    final MinuteBuckets minutes = new MinuteBuckets(MINUTES_KEPT);

    Session openSession;
    /** Whether the next heartbeat is the one that opened {@link #openSession}, already counted. */
    boolean openingHeartbeatPending;
    Metrics lastMetrics;

    /** A new trail: the client counts as unknown from {@code watchedSince} to its first change. */
    ClientTrail(ClientKey key, Instant watchedSince) {
        this.key = key;
        transitions.add(new Transition(watchedSince, PresenceState.UNKNOWN));
    }

    void changeState(Instant at, PresenceState state) {
        transitions.add(new Transition(at, state));
    }

    /** The tracker reports a session after counting its opening heartbeat, which comes next. */
    void sessionStarted(Session session) {
        openSession = session;
        openingHeartbeatPending = true;
    }

    void sessionEnded(Session session) {
        openSession = null;
        openingHeartbeatPending = false;
        keepNewest(closedSessions, session, SESSIONS_KEPT);
    }

    /** Counts a heartbeat in the open session as the tracker does: number and worst status. */
    void heartbeat(ClientStatus status, Metrics metrics, Instant at, String payload) {
        if (openingHeartbeatPending) {
            openingHeartbeatPending = false;
        } else if (openSession != null) {
            Session open = openSession;
            ClientStatus worst = status.isWorseThan(open.worstStatus()) ? status : open.worstStatus();
            openSession = new Session(key, open.start(), null, null, open.heartbeats() + 1, worst,
                    open.version());
        }
        minutes.add(at, CounterGrowth.between(lastMetrics, metrics, false));
        lastMetrics = metrics;
        keepNewest(raw, new RawHeartbeat(at, payload), RAW_KEPT);
    }

    void rejected(RejectedHeartbeat rejection) {
        keepNewest(rejections, rejection, REJECTIONS_KEPT);
    }

    /** Forgets state changes before {@code horizon}, keeping the one in force at it. */
    void forgetBefore(Instant horizon) {
        Iterator<Transition> older = transitions.iterator();
        int removable = 0;
        for (int i = 1; i < transitions.size() && !transitions.get(i).at().isAfter(horizon); i++) {
            removable = i;
        }
        for (int i = 0; i < removable && older.hasNext(); i++) {
            older.next();
            older.remove();
        }
    }

    private static <T> void keepNewest(Deque<T> newestLast, T item, int limit) {
        newestLast.addLast(item);
        while (newestLast.size() > limit) {
            newestLast.removeFirst();
        }
    }
}
