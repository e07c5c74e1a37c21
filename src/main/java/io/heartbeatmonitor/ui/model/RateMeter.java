package io.heartbeatmonitor.ui.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * A rate from readings of an ever-growing count, averaged over the last few seconds so that the
 * figure on screen does not jump with every hand-over. Not thread-safe.
 */
final class RateMeter {

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);

    private record Reading(long nanos, long count) {
    }

    private final Deque<Reading> readings = new ArrayDeque<>();

    /** Adds a reading and returns the rate per second over the window, never negative. */
    double add(long nanos, long count) {
        readings.addLast(new Reading(nanos, count));
        while (readings.size() > 2 && nanos - readings.peekFirst().nanos() > WINDOW_NANOS) {
            readings.removeFirst();
        }
        Reading first = readings.peekFirst();
        long elapsed = nanos - first.nanos();
        if (elapsed <= 0 || count < first.count()) {
            return 0;
        }
        return (count - first.count()) * 1e9 / elapsed;
    }

    void clear() {
        readings.clear();
    }
}
