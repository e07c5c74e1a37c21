package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The raw payload budget keeps a second's worth at once and refills with receive time. */
class RawBudgetTest {

    @Test
    void aBurstUpToOneSecondsWorthIsKeptWhole() {
        RawBudget budget = new RawBudget(4);

        int kept = 0;
        for (int i = 0; i < 4; i++) {
            kept += budget.take(1_000) ? 1 : 0;
        }

        assertEquals(4, kept);
        assertFalse(budget.take(1_000));
        assertEquals(1, budget.skipped());
    }

    @Test
    void theBudgetRefillsAtItsRateAndNeverBeyondOneSecond() {
        RawBudget budget = new RawBudget(4);
        while (budget.take(0)) {
            // empty it
        }

        assertFalse(budget.take(200));
        assertTrue(budget.take(250));
        assertFalse(budget.take(250));

        int keptAfterALongPause = 0;
        for (int i = 0; i < 10; i++) {
            keptAfterALongPause += budget.take(60_000) ? 1 : 0;
        }
        assertEquals(4, keptAfterALongPause);
    }

    @Test
    void aClockThatStepsBackNeitherRefillsNorBreaksTheBudget() {
        RawBudget budget = new RawBudget(2);
        budget.take(10_000);
        budget.take(10_000);

        assertFalse(budget.take(5_000));
        assertTrue(budget.take(10_500));
    }
}
