package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeClockTest {

    @Test
    void standsStillUntilAdvanced() {
        FakeClock clock = new FakeClock();
        long nanos = clock.nanoTime();
        Instant now = clock.now();

        clock.nanoTime();
        clock.now();

        assertEquals(nanos, clock.nanoTime());
        assertEquals(now, clock.now());
    }

    @Test
    void advanceMovesBothReadingsByTheSameAmount() {
        FakeClock clock = new FakeClock(Instant.parse("2026-01-01T00:00:00Z"));
        long nanosBefore = clock.nanoTime();

        clock.advance(Duration.ofMillis(1500));
        clock.advanceSeconds(90);

        assertEquals(Duration.ofMillis(91_500).toNanos(), clock.nanoTime() - nanosBefore);
        assertEquals(Instant.parse("2026-01-01T00:01:31.500Z"), clock.now());
    }

    @Test
    void refusesToGoBack() {
        FakeClock clock = new FakeClock();

        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofNanos(-1)));

        assertEquals(FakeClock.DEFAULT_START, clock.now());
    }
}
