package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.MonitorClock;
import java.time.Duration;
import java.time.Instant;

/** A clock that moves only when told, with its monotonic and wall readings in step. */
final class ManualClock implements MonitorClock {

    private long nanos;
    private Instant now;

    ManualClock(Instant start) {
        this.now = start;
    }

    void advance(Duration step) {
        nanos += step.toNanos();
        now = now.plus(step);
    }

    @Override
    public long nanoTime() {
        return nanos;
    }

    @Override
    public Instant now() {
        return now;
    }
}
