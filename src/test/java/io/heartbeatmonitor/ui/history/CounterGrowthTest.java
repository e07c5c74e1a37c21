package io.heartbeatmonitor.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.Metrics;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CounterGrowthTest {

    @Test
    void growthIsTheDifferenceOfTwoReadings() {
        CounterGrowth growth = CounterGrowth.between(new Metrics(10, 20, 1, 100), new Metrics(15, 29, 3, 130), false);

        assertEquals(new CounterGrowth(5, 9, 2), growth);
    }

    @Test
    void afterARestartTheNewCountersAreTheGrowth() {
        CounterGrowth growth = CounterGrowth.between(new Metrics(500, 900, 7, 3600), new Metrics(4, 6, 0, 12), false);

        assertEquals(new CounterGrowth(4, 6, 0), growth);
    }

    @Test
    void aRestartTheMonitorSawCountsEvenWhenTheCountersHappenToBeHigher() {
        CounterGrowth growth = CounterGrowth.between(new Metrics(5, 5, 0, 10), new Metrics(8, 9, 1, 40), true);

        assertEquals(new CounterGrowth(8, 9, 1), growth);
    }

    @Test
    void aFirstReadingGrowsNothing() {
        assertEquals(CounterGrowth.NONE, CounterGrowth.between(null, new Metrics(400, 300, 2, 50), false));
    }

    @Test
    void growthIsNeverNegativeWhateverTheReadings() {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            Metrics earlier = randomMetrics(random);
            Metrics later = randomMetrics(random);

            CounterGrowth growth = CounterGrowth.between(earlier, later, random.nextBoolean());

            assertTrue(growth.sent() >= 0 && growth.received() >= 0 && growth.errors() >= 0,
                    earlier + " -> " + later + " gave " + growth);
        }
    }

    @Test
    void minutesSumTheGrowthSeenInThem() {
        MinuteBuckets minutes = new MinuteBuckets(60);
        Instant start = Instant.parse("2026-03-01T12:00:00Z");

        minutes.add(start.plusSeconds(5), new CounterGrowth(1, 2, 0));
        minutes.add(start.plusSeconds(40), new CounterGrowth(3, 4, 1));
        minutes.add(start.plusSeconds(65), new CounterGrowth(7, 0, 0));

        assertEquals(List.of(new MinuteMetrics(start, 4, 6, 1), new MinuteMetrics(start.plusSeconds(60), 7, 0, 0)),
                minutes.between(start, start.plusSeconds(120)));
    }

    @Test
    void onlyTheLatestMinutesAreKept() {
        MinuteBuckets minutes = new MinuteBuckets(3);
        Instant start = Instant.parse("2026-03-01T12:00:00Z");

        for (int minute = 0; minute < 50; minute++) {
            minutes.add(start.plusSeconds(60L * minute), new CounterGrowth(minute, 0, 0));
        }

        assertEquals(3, minutes.size());
        assertEquals(List.of(47L, 48L, 49L), minutes.between(start, start.plusSeconds(3600)).stream()
                .map(MinuteMetrics::sent).toList());
    }

    private static Metrics randomMetrics(Random random) {
        return new Metrics(random.nextInt(1000), random.nextInt(1000), random.nextInt(50), random.nextInt(10_000));
    }
}
