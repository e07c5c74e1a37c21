package io.heartbeatmonitor.core;

/**
 * The counters of a client's latest heartbeat, held as plain numbers in a record that lives as
 * long as the client.
 *
 * <p>Why not keep the {@link Metrics} itself: a long-lived object that points at a new object
 * for every heartbeat makes each young-generation collection scan its card and copy that object,
 * for every client heard since the last collection. At a hundred thousand clients that was most
 * of every pause. Copying four numbers into a field the collector never has to follow costs
 * nothing. Not thread-safe: its owner guards it.
 */
public final class LastCounters {

    private boolean set;
    private long messagesSent;
    private long messagesReceived;
    private long errors;
    private long uptimeSeconds;

    /** Whether any heartbeat was stored since creation or the last {@link #clear()}. */
    public boolean isSet() {
        return set;
    }

    /** Stores the counters of {@code metrics}. */
    public void set(Metrics metrics) {
        messagesSent = metrics.messagesSent();
        messagesReceived = metrics.messagesReceived();
        errors = metrics.errors();
        uptimeSeconds = metrics.uptimeSeconds();
        set = true;
    }

    /** Forgets the stored counters. */
    public void clear() {
        set = false;
    }

    /** Whether {@code next} can only come from a client that restarted since the stored ones. */
    public boolean showRestartIn(Metrics next) {
        return set && next.showsRestartSince(messagesSent, messagesReceived, errors, uptimeSeconds);
    }

    /**
     * How much each counter grew from the stored ones to {@code next}, with an uptime of 0;
     * only meaningful when {@code next} shows no restart.
     */
    public Metrics growthTo(Metrics next) {
        return new Metrics(next.messagesSent() - messagesSent, next.messagesReceived() - messagesReceived,
                next.errors() - errors, 0);
    }

    /** The stored counters as a value, or null when none are stored. */
    public Metrics toMetrics() {
        return set ? new Metrics(messagesSent, messagesReceived, errors, uptimeSeconds) : null;
    }
}
