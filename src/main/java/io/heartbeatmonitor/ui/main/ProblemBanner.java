package io.heartbeatmonitor.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Says why the monitor could not start, with a way back to the connection dialog. */
final class ProblemBanner extends HBox {

    private final Button retry = new Button("Connection\u2026");

    ProblemBanner(MainViewModel model) {
        super(12);
        setId("problem-banner");
        getStyleClass().add("problem-banner");
        setAlignment(Pos.CENTER_LEFT);
        Region icon = new Region();
        icon.getStyleClass().addAll("banner-icon", "icon-unhealthy");
        Label text = new Label();
        text.setId("problem-text");
        text.getStyleClass().add("banner-headline");
        text.setWrapText(true);
        text.textProperty().bind(model.problemProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(icon, text, retry);
        visibleProperty().bind(model.phaseProperty().isEqualTo(SessionPhase.FAILED));
        managedProperty().bind(visibleProperty());
    }

    Button retryButton() {
        return retry;
    }
}
