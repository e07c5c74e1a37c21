package io.heartbeatmonitor.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@link MonitorClock} for tests: time stands still until the test calls {@link #advance},
 * and then the monotonic and the wall-clock readings move by the same amount.
 *
 * <p>The monotonic reading starts at an arbitrary value far from zero, so that code which
 * mistakes it for an absolute time fails in tests. Thread-safe, so that a test may advance it
 * while a thread of the code under test reads it.
 */
public final class FakeClock implements MonitorClock {

    /** A fixed, unremarkable start so that expected instants can be written as literals. */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-04T10:00:00Z");

    private static final long NANO_ORIGIN = 1_234_567_890_123L;

    private long nanos = NANO_ORIGIN;
    private Instant now;

    /** A clock that stands at {@link #DEFAULT_START}. */
    public FakeClock() {
        this(DEFAULT_START);
    }

    /** A clock whose wall-clock reading stands at {@code start}. */
    public FakeClock(Instant start) {
        this.now = Objects.requireNonNull(start, "start");
    }

    /**
     * Moves both readings forward.
     *
     * @throws IllegalArgumentException when {@code amount} is negative: a monotonic clock
     *         never goes back
     */
    public synchronized void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a monotonic clock cannot go back by " + amount);
        }
        nanos = Math.addExact(nanos, amount.toNanos());
        now = now.plus(amount);
    }

    /** Shorthand for {@code advance(Duration.ofSeconds(seconds))}. */
    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }
}
