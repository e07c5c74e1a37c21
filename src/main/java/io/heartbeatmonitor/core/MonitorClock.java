package io.heartbeatmonitor.core;

import java.time.Instant;

/**
 * The monitor's sense of time. Timeouts are measured on {@link #nanoTime()}, which never jumps;
 * {@link #now()} only labels events for people and storage.
 */
public interface MonitorClock {

    /** A monotonic reading in nanoseconds, comparable only with other readings of this clock. */
    long nanoTime();

    /** The wall-clock time. */
    Instant now();

    /** The clock of this machine. */
    static MonitorClock system() {
        return SystemClock.INSTANCE;
    }

    /** The system clock; a named class so that it shows up readably in a heap dump. */
    final class SystemClock implements MonitorClock {
        private static final SystemClock INSTANCE = new SystemClock();

        private SystemClock() {
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }
    }
}
