package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.Metrics;

/**
 * What one client did within one minute, added up from its heartbeats: how many arrived, the
 * messages and errors counted since the previous heartbeat, and the last reported uptime.
 *
 * <p>Once written, a sample is used again for another client or minute (see {@link ClientBook}):
 * a fleet starts a new sample per client every minute, and new samples that live a minute are
 * what a young collection has to copy, again and again until they are promoted.
 */
final class MinuteSample {

    ClientState owner;
    long minute;

    int heartbeats;
    long sent;
    long received;
    long errors;
    long uptimeSeconds = -1;
    int restarts;

    MinuteSample(ClientState owner, long minute) {
        reset(owner, minute);
    }

    /** Makes this an empty sample of {@code owner} for {@code minute}. */
    void reset(ClientState owner, long minute) {
        this.owner = owner;
        this.minute = minute;
        heartbeats = 0;
        sent = 0;
        received = 0;
        errors = 0;
        uptimeSeconds = -1;
        restarts = 0;
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
