package io.heartbeatmonitor.core;

/**
 * The counters a client reports in every heartbeat. All are cumulative since the client started.
 */
public record Metrics(long messagesSent, long messagesReceived, long errors, long uptimeSeconds) {

    public static final Metrics ZERO = new Metrics(0, 0, 0, 0);

    public Metrics {
        if (messagesSent < 0 || messagesReceived < 0 || errors < 0 || uptimeSeconds < 0) {
            throw new IllegalArgumentException("metrics must not be negative");
        }
    }

    /**
     * Tells whether these counters can only come from a client that restarted since
     * {@code earlier}: a cumulative counter or the uptime went down.
     */
    public boolean showsRestartSince(Metrics earlier) {
        return showsRestartSince(earlier.messagesSent, earlier.messagesReceived, earlier.errors,
                earlier.uptimeSeconds);
    }

    /** The same, for earlier counters kept as numbers (see {@link LastCounters}). */
    public boolean showsRestartSince(long sentBefore, long receivedBefore, long errorsBefore, long uptimeBefore) {
        return messagesSent < sentBefore
                || messagesReceived < receivedBefore
                || errors < errorsBefore
                || uptimeSeconds < uptimeBefore;
    }
}
