package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.Metrics;

/**
 * How much a client's cumulative counters grew between two readings. Never negative: when the
 * client restarted in between, its counters began again at zero, so their new values are the
 * growth since the restart. What it did between the earlier reading and the restart is lost.
 *
 * @param sent growth of messages sent
 * @param received growth of messages received
 * @param errors growth of errors
 */
public record CounterGrowth(long sent, long received, long errors) {

    /** No growth. */
    public static final CounterGrowth NONE = new CounterGrowth(0, 0, 0);

    /**
     * The growth from {@code earlier} to {@code later}.
     *
     * @param earlier the previous reading, or null when there is none: then nothing can be
     *        attributed to this interval and the growth is {@link #NONE}
     * @param later the new reading, or null (no growth)
     * @param restartedBetween whether the monitor saw a restart between the two readings, even if
     *        the counters do not show it
     */
    public static CounterGrowth between(Metrics earlier, Metrics later, boolean restartedBetween) {
        if (earlier == null || later == null) {
            return NONE;
        }
        if (restartedBetween || later.showsRestartSince(earlier)) {
            return new CounterGrowth(later.messagesSent(), later.messagesReceived(), later.errors());
        }
        return new CounterGrowth(later.messagesSent() - earlier.messagesSent(),
                later.messagesReceived() - earlier.messagesReceived(), later.errors() - earlier.errors());
    }
}
