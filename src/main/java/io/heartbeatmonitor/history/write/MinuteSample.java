package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.Metrics;

/**
 * What one client did within one minute, added up from its heartbeats: how many arrived, the
 * messages and errors counted since the previous heartbeat, and the last reported uptime.
 */
final class MinuteSample {

    final ClientState owner;
    final long minute;

    int heartbeats;
    long sent;
    long received;
    long errors;
    long uptimeSeconds = -1;
    int restarts;

    MinuteSample(ClientState owner, long minute) {
        this.owner = owner;
        this.minute = minute;
    }

    /** Adds one heartbeat whose counters grew by {@code increase} since the one before. */
    void add(Metrics increase, long uptime, boolean restarted) {
        heartbeats++;
        sent += increase.messagesSent();
        received += increase.messagesReceived();
        errors += increase.errors();
        uptimeSeconds = uptime;
        if (restarted) {
            restarts++;
        }
    }

    long hour() {
        return Math.floorDiv(minute, 60);
    }
}
