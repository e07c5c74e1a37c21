package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.app.MonitorLosses;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The warning that the picture or the history is incomplete: heartbeats dropped because the
 * monitor fell behind the message rate, or history it could not write. Shown across the window
 * for a minute after the last loss, and for as long as the history cannot be written.
 */
final class LossBanner extends HBox {

    private final ObservableValue<Supplier<MonitorLosses>> source;
    private final Clock clock;
    private final RecentLosses recent = new RecentLosses();
    private final Label headline = new Label();
    private final Label detail = new Label();

    /**
     * @param source the running monitor's losses, or null while none runs; read on the FX thread
     *        once a second, so it must not block
     */
    LossBanner(ObservableValue<Supplier<MonitorLosses>> source, Clock clock) {
        super(12);
        this.source = source;
        this.clock = clock;
        setId("loss-banner");
        getStyleClass().add("loss-banner");
        setAlignment(Pos.CENTER_LEFT);
        Region icon = new Region();
        icon.getStyleClass().addAll("banner-icon", "icon-warning");
        headline.setId("loss-text");
        headline.getStyleClass().add("banner-headline");
        detail.setId("loss-detail");
        detail.getStyleClass().add("banner-detail");
        detail.setWrapText(true);
        VBox text = new VBox(2, headline, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(icon, text);
        source.addListener((o, old, now) -> {
            recent.reset(clock.instant());
            update();
        });
        recent.reset(clock.instant());
        update();
    }

    /** Takes the monitor's counts and refreshes the text; called once a second. */
    void update() {
        Supplier<MonitorLosses> losses = source.getValue();
        if (losses != null) {
            recent.add(losses.get(), clock.instant());
        }
        boolean shown = losses != null && recent.any();
        setVisible(shown);
        setManaged(shown);
        headline.setText(shown ? recent.headline() : "");
        detail.setText(shown ? recent.detail() : "");
    }
}
