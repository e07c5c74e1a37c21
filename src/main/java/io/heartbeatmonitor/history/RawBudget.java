package io.heartbeatmonitor.history;

/**
 * A token bucket for raw payloads: it refills at a steady rate per second of receive time and
 * holds at most one second's worth, so a burst is kept whole up to that size and a flood is
 * thinned to the rate. Thread-safe.
 */
final class RawBudget {

    private final int perSecond;
    private double tokens;
    private long lastMs = Long.MIN_VALUE;
    private long skipped;

    RawBudget(int perSecond) {
        this.perSecond = perSecond;
        this.tokens = perSecond;
    }

    /** Takes one payload's place at {@code atMs}, or counts it as skipped when there is none. */
    synchronized boolean take(long atMs) {
        if (lastMs == Long.MIN_VALUE) {
            lastMs = atMs;
        } else if (atMs > lastMs) {
            tokens = Math.min(perSecond, tokens + (atMs - lastMs) * perSecond / 1000.0);
            lastMs = atMs;
        }
        if (tokens < 1) {
            skipped++;
            return false;
        }
        tokens -= 1;
        return true;
    }

    synchronized long skipped() {
        return skipped;
    }
}
