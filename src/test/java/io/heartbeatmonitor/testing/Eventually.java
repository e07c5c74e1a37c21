package io.heartbeatmonitor.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something that happens on another thread, polling until a deadline. */
public final class Eventually {

    private static final long POLL_MILLIS = 20;

    private Eventually() {
    }

    /** Returns as soon as {@code condition} holds; fails with {@code what} after {@code within}. */
    public static void await(Duration within, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + within.toMillis() + " ms for " + what);
            }
            pause();
        }
    }

    /** Like {@link #await}, and names the last value seen in the failure. */
    public static <T> T awaitValue(Duration within, String what, Supplier<T> value,
            java.util.function.Predicate<T> good) {
        long deadline = System.nanoTime() + within.toNanos();
        T last = value.get();
        while (!good.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + within.toMillis() + " ms for " + what + "; last seen: " + last);
            }
            pause();
            last = value.get();
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
