package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.ui.format.UiFormat;
import java.time.Clock;
import java.time.Instant;

/**
 * The warning that the picture is not live: shown, loud and across the whole window, while the
 * monitor has no NATS connection, so nobody mistakes frozen states for a quiet fleet.
 */
final class StaleBanner extends WarningBanner {

    private final MainViewModel model;
    private final Clock clock;

    StaleBanner(MainViewModel model, Clock clock) {
        super("stale");
        this.model = model;
        this.clock = clock;
        model.fleet().staleSinceProperty().addListener((o, old, now) -> update());
        model.phaseProperty().addListener((o, old, now) -> update());
        update();
    }

    /** Refreshes the text and visibility; called on changes and once a second for the elapsed time. */
    void update() {
        Instant since = model.fleet().getStaleSince();
        if (model.getPhase() != SessionPhase.RUNNING || since == null) {
            hide();
            return;
        }
        String age = UiFormat.age(since, clock.instant());
        show("DATA STALE since " + UiFormat.clock(since) + " (" + age + ")",
                "No connection to NATS. States are frozen as last seen; nobody is marked offline "
                        + "until the monitor has reconnected and waited one timeout.");
    }
}
