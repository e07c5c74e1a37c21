package io.heartbeatmonitor.ui.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UiFormatTest {

    @Test
    void aSmallRateKeepsOneDecimal() {
        assertEquals("0.0", UiFormat.rate(0));
        assertEquals("37.4", UiFormat.rate(37.42));
        assertEquals("99.9", UiFormat.rate(99.94));
    }

    @Test
    void aLargeRateIsAWholeNumberWithGroupedThousands() {
        assertEquals("100", UiFormat.rate(100));
        assertEquals("3\u2009300", UiFormat.rate(3_299.6));
        assertEquals("261\u2009943", UiFormat.rate(261_943.2));
    }

    @Test
    void countsGroupThousandsWithThinSpaces() {
        assertEquals("0", UiFormat.count(0));
        assertEquals("12\u2009345", UiFormat.count(12_345));
    }
}
