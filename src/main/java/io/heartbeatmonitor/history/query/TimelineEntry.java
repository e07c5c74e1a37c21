package io.heartbeatmonitor.history.query;

import java.time.Instant;

/** One line of a timeline: a presence transition, or a stretch the monitor did not watch. */
public sealed interface TimelineEntry permits StateChangeRecord, Gap {

    /** When it happened or began. */
    Instant at();
}
