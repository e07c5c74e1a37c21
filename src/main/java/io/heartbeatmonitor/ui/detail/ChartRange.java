package io.heartbeatmonitor.ui.detail;

import java.time.Duration;

/** What the detail's charts cover. */
public enum ChartRange {
    /** The last hour, from the live pipeline, moving with every update. */
    LIVE_HOUR("Last hour (live)", Duration.ofHours(1)),
    /** The last day, from the history. */
    DAY("Last 24 h", Duration.ofHours(24));

    private final String label;
    private final Duration span;

    ChartRange(String label, Duration span) {
        this.label = label;
        this.span = span;
    }

    public Duration span() {
        return span;
    }

    @Override
    public String toString() {
        return label;
    }
}
