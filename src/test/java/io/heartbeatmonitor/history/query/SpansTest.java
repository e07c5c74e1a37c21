package io.heartbeatmonitor.history.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The interval arithmetic behind availability and gaps. */
class SpansTest {

    @Test
    void mergeJoinsOverlappingAndTouchingSpansAndDropsEmptyOnes() {
        List<Span> merged = Spans.merge(List.of(new Span(50, 60), new Span(0, 10), new Span(10, 20),
                new Span(15, 30), new Span(40, 40)));

        assertEquals(List.of(new Span(0, 30), new Span(50, 60)), merged);
    }

    @Test
    void subtractCutsHolesOutOfSpans() {
        List<Span> rest = Spans.subtract(List.of(new Span(0, 100), new Span(200, 300)),
                List.of(new Span(10, 20), new Span(90, 210), new Span(250, 260)));

        assertEquals(List.of(new Span(0, 10), new Span(20, 90), new Span(210, 250),
                new Span(260, 300)), rest);
    }

    @Test
    void complementIsWhatTheWindowHasBesidesTheSpans() {
        List<Span> gaps = Spans.complement(List.of(new Span(10, 20), new Span(30, 40)), new Span(0, 50));

        assertEquals(List.of(new Span(0, 10), new Span(20, 30), new Span(40, 50)), gaps);
    }

    @Test
    void overlapCountsOnlyTimeInBoth() {
        long both = Spans.overlap(List.of(new Span(0, 10), new Span(20, 30)),
                List.of(new Span(5, 25), new Span(28, 100)));

        assertEquals(5 + 5 + 2, both);
        assertEquals(5 + 2, Spans.overlap(20, 30, List.of(new Span(5, 25), new Span(28, 100))));
    }

    @Test
    void clipKeepsWhatIsInsideTheWindow() {
        List<Span> clipped = Spans.clip(List.of(new Span(0, 10), new Span(20, Long.MAX_VALUE)),
                new Span(5, 30));

        assertEquals(List.of(new Span(5, 10), new Span(20, 30)), clipped);
        assertEquals(15, Spans.total(clipped));
    }
}
