package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.ui.format.UiFormat;
import java.time.Clock;
import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The warning that the picture is not live: shown, loud and across the whole window, while the
 * monitor has no NATS connection, so nobody mistakes frozen states for a quiet fleet.
 */
final class StaleBanner extends HBox {

    private final MainViewModel model;
    private final Clock clock;
    private final Label headline = new Label();
    private final Label detail = new Label();

    StaleBanner(MainViewModel model, Clock clock) {
        super(12);
        this.model = model;
        this.clock = clock;
        setId("stale-banner");
        getStyleClass().add("stale-banner");
        setAlignment(Pos.CENTER_LEFT);
        Region icon = new Region();
        icon.getStyleClass().addAll("banner-icon", "icon-warning");
        headline.setId("stale-text");
        headline.getStyleClass().add("banner-headline");
        detail.getStyleClass().add("banner-detail");
        detail.setMinWidth(0);
        getChildren().addAll(icon, headline, detail);
        model.fleet().staleSinceProperty().addListener((o, old, now) -> update());
        model.phaseProperty().addListener((o, old, now) -> update());
        update();
    }

    /** Refreshes the text and visibility; called on changes and once a second for the elapsed time. */
    void update() {
        Instant since = model.fleet().getStaleSince();
        boolean stale = model.getPhase() == SessionPhase.RUNNING && since != null;
        setVisible(stale);
        setManaged(stale);
        if (stale) {
            String age = UiFormat.age(since, clock.instant());
            headline.setText("DATA STALE since " + UiFormat.clock(since) + " (" + age + ")");
            detail.setText("No connection to NATS. States are frozen as last seen; nobody is marked offline "
                    + "until the monitor has reconnected and waited one timeout.");
        }
    }
}
