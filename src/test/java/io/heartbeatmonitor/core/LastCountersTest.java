package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The last counters, kept as numbers, say what the Metrics they came from would. */
class LastCountersTest {

    @Test
    void emptyUntilSetAndAfterClear() {
        LastCounters counters = new LastCounters();

        assertFalse(counters.isSet());
        assertNull(counters.toMetrics());
        assertFalse(counters.showRestartIn(Metrics.ZERO), "nothing to compare with is no restart");

        counters.set(new Metrics(5, 6, 1, 60));
        assertEquals(new Metrics(5, 6, 1, 60), counters.toMetrics());

        counters.clear();
        assertFalse(counters.isSet());
    }

    @Test
    void anyCounterGoingDownIsARestartAsMetricsSaysItIs() {
        Metrics earlier = new Metrics(10, 20, 3, 600);
        LastCounters counters = new LastCounters();
        counters.set(earlier);

        for (Metrics next : new Metrics[] {new Metrics(9, 20, 3, 600), new Metrics(10, 19, 3, 600),
                new Metrics(10, 20, 2, 600), new Metrics(10, 20, 3, 599), new Metrics(10, 20, 3, 600),
                new Metrics(11, 25, 3, 630)}) {
            assertEquals(next.showsRestartSince(earlier), counters.showRestartIn(next), next.toString());
        }
    }

    @Test
    void growthIsTheDifferenceOfEachCounterWithoutUptime() {
        LastCounters counters = new LastCounters();
        counters.set(new Metrics(10, 20, 3, 600));

        assertEquals(new Metrics(5, 7, 1, 0), counters.growthTo(new Metrics(15, 27, 4, 630)));
        assertTrue(counters.isSet());
    }
}
