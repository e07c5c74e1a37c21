package io.heartbeatmonitor.ui.main;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A yellow warning across the window: an icon, a loud first line, and a second line that says
 * what it means, wrapped rather than cut in a narrow window. Hidden, and taking no room, while
 * there is nothing to say.
 */
class WarningBanner extends HBox {

    private final Label headline = new Label();
    private final Label detail = new Label();

    /**
     * @param name what the ids start with: {@code name-banner}, {@code name-text} for the first
     *        line and {@code name-detail} for the second
     */
    WarningBanner(String name) {
        super(12);
        setId(name + "-banner");
        getStyleClass().add("warning-banner");
        setAlignment(Pos.CENTER_LEFT);
        Region icon = new Region();
        icon.getStyleClass().addAll("banner-icon", "icon-warning");
        headline.setId(name + "-text");
        headline.getStyleClass().add("banner-headline");
        detail.setId(name + "-detail");
        detail.getStyleClass().add("banner-detail");
        detail.setWrapText(true);
        VBox text = new VBox(2, headline, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(icon, text);
        hide();
    }

    /** Shows the banner with these two lines. */
    final void show(String first, String second) {
        headline.setText(first);
        detail.setText(second);
        setVisible(true);
        setManaged(true);
    }

    /** Hides the banner; it takes no room while hidden. */
    final void hide() {
        setVisible(false);
        setManaged(false);
        headline.setText("");
        detail.setText("");
    }
}
