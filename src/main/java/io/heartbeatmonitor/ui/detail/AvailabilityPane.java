package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.history.Availability;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Availability over 24 hours, 7 days and 30 days, each with how much of the window was actually
 * watched, so that "100 %" after ten minutes of monitoring is not read as a month of uptime.
 */
final class AvailabilityPane extends HBox {

    private static final String[] CAPTIONS = {"24 hours", "7 days", "30 days"};

    private final List<Label> shares = new ArrayList<>();
    private final List<Label> notes = new ArrayList<>();

    AvailabilityPane() {
        super(10);
        getStyleClass().add("availability");
        for (String caption : CAPTIONS) {
            Label name = new Label(caption);
            name.getStyleClass().add("fact-caption");
            Label share = new Label("\u2014");
            share.getStyleClass().add("availability-share");
            share.setId("availability-" + caption.replace(' ', '-'));
            Label note = new Label("loading\u2026");
            note.getStyleClass().add("availability-note");
            note.setWrapText(true);
            VBox box = new VBox(2, name, share, note);
            box.getStyleClass().add("availability-box");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(box);
            shares.add(share);
            notes.add(note);
        }
    }

    void show(List<Availability> figures) {
        for (int i = 0; i < CAPTIONS.length; i++) {
            if (figures == null || i >= figures.size()) {
                shares.get(i).setText("\u2014");
                notes.get(i).setText("loading\u2026");
                continue;
            }
            Availability figure = figures.get(i);
            shares.get(i).setText(figure.share().isPresent() ? UiFormat.percent(figure.share().getAsDouble())
                    : "no data");
            notes.get(i).setText(figure.monitored().equals(figure.window()) ? "online, whole window watched"
                    : "online, of " + UiFormat.duration(figure.monitored()) + " watched");
        }
    }
}
