package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.app.MonitorLosses;
import io.heartbeatmonitor.ui.format.UiFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the running monitor lost within the last minute, worked out from the running totals it
 * is given about once a second, and what the loss banner says about it.
 *
 * <p>A loss is reported for a whole minute after it happened, so that a burst on a wall screen
 * is still there when somebody looks; so is a failure to write the history, which on a full
 * disk comes and goes from one batch to the next and would otherwise make the banner flicker.
 * Threading: FX thread only.
 */
final class RecentLosses {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final List<Totals> seen = new ArrayList<>();
    private MonitorLosses latest = MonitorLosses.NONE;
    private String lastFailure;
    private Instant lastFailureAt;
    private Instant now;

    /** The monitor's totals as they were at {@code at}. */
    private record Totals(Instant at, MonitorLosses losses) {
    }

    /** Starts counting for a new monitor, which has lost nothing before {@code at}. */
    void reset(Instant at) {
        seen.clear();
        seen.add(new Totals(at, MonitorLosses.NONE));
        latest = MonitorLosses.NONE;
        lastFailure = null;
        lastFailureAt = null;
        now = at;
    }

    /** Takes the monitor's totals as they are at {@code at}. */
    void add(MonitorLosses totals, Instant at) {
        if (seen.isEmpty()) {
            reset(at);
        }
        latest = totals;
        now = at;
        if (totals.historyFailure() != null) {
            lastFailure = totals.historyFailure();
            lastFailureAt = at;
        }
        seen.add(new Totals(at, totals));
        // The oldest totals kept are the last ones at or before the window's start: the losses
        // since then are those of the last minute.
        Instant windowStart = at.minus(WINDOW);
        while (seen.size() > 1 && !seen.get(1).at().isAfter(windowStart)) {
            seen.remove(0);
        }
    }

    /** Heartbeats dropped within the last minute. */
    long heartbeatsDropped() {
        return latest.heartbeatsDropped() - baseline().heartbeatsDropped();
    }

    /** History events that found no room in the writer's queue within the last minute. */
    long historyDropped() {
        return latest.historyDropped() - baseline().historyDropped();
    }

    /** History events lost with a failed write within the last minute. */
    long historyLost() {
        return latest.historyLost() - baseline().historyLost();
    }

    /** Whether there is anything to tell. */
    boolean any() {
        return !headline().isEmpty();
    }

    /** The banner's first line, loud and short; empty when there is nothing to tell. */
    String headline() {
        if (heartbeatsDropped() > 0) {
            return "FALLING BEHIND: " + UiFormat.count(heartbeatsDropped())
                    + " heartbeats dropped in the last minute";
        }
        if (failedLately()) {
            return "HISTORY NOT RECORDED";
        }
        if (historyLost() > 0) {
            return "HISTORY INCOMPLETE: " + UiFormat.count(historyLost())
                    + " events lost in the last minute";
        }
        if (historyDropped() > 0) {
            return "HISTORY BEHIND: " + UiFormat.count(historyDropped())
                    + " events not recorded in the last minute";
        }
        return "";
    }

    /** The banner's second line: what it means, and what else was lost. */
    String detail() {
        if (heartbeatsDropped() > 0) {
            String detail = "The monitor cannot keep up with the message rate, so clients may show"
                    + " as late or offline although they are sending ("
                    + UiFormat.count(latest.heartbeatsDropped()) + " dropped since it started).";
            if (failedLately()) {
                return detail + " The history is not recorded either: " + lastFailure + ".";
            }
            long missing = historyLost() + historyDropped();
            return missing > 0
                    ? detail + " The history missed " + UiFormat.count(missing) + " events too."
                    : detail;
        }
        if (failedLately()) {
            // The same words whether the last batch failed or not: on a full disk writing comes
            // and goes from one batch to the next, and the banner should not flicker with it.
            return "Writing failed, last at " + UiFormat.clock(lastFailureAt) + ": " + lastFailure
                    + ". Presence on screen stays live.";
        }
        if (historyLost() > 0) {
            return "Writing the history failed for a while and works again; presence on screen"
                    + " stayed live.";
        }
        if (historyDropped() > 0) {
            return "Writing the history cannot keep up, so charts and history miss part of this"
                    + " time; presence on screen stays live.";
        }
        return "";
    }

    /** Whether writing the history failed within the last minute, or fails now. */
    private boolean failedLately() {
        return lastFailureAt != null && lastFailureAt.isAfter(now.minus(WINDOW));
    }

    private MonitorLosses baseline() {
        return seen.isEmpty() ? MonitorLosses.NONE : seen.get(0).losses();
    }
}
