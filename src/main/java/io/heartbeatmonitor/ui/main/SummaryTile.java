package io.heartbeatmonitor.ui.main;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * One figure of the summary row on a TilesFX tile: a caption with an icon, a big number and a
 * note. The text is plain labels styled by the stylesheet, because TilesFX sizes its own text
 * from the tile's height, which at this height would be too small to read across a room.
 */
final class SummaryTile extends StackPane {

    private final Tile tile;
    private final Label caption = new Label();
    private final Label value = new Label("0");
    private final Label note = new Label();
    private String look;

    SummaryTile(String captionText, Node icon, String id) {
        setId(id);
        getStyleClass().add("summary-tile");
        caption.setText(captionText);
        caption.getStyleClass().add("summary-caption");
        value.getStyleClass().add("summary-value");
        value.setId(id + "-value");
        note.getStyleClass().add("summary-note");
        HBox head = icon == null ? new HBox(caption) : new HBox(6, icon, caption);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox face = new VBox(2, head, value, note);
        face.getStyleClass().add("summary-face");
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .title("")
                .textVisible(false)
                .roundedCorners(true)
                .animated(false)
                .graphic(face)
                .prefSize(150, 104)
                .build();
        tile.setFocusTraversable(false);
        getChildren().add(tile);
        setMinWidth(110);
        HBox.setHgrow(this, Priority.ALWAYS);
        setMaxWidth(Double.MAX_VALUE);
    }

    void setValue(String text) {
        value.setText(text);
    }

    void setNote(String text) {
        note.setText(text);
    }

    /** Gives the tile a look: a style class for its text and the tile's colour; cheap when unchanged. */
    void setLook(String styleClass, Color colour) {
        if (!styleClass.equals(look)) {
            if (look != null) {
                getStyleClass().remove(look);
            }
            getStyleClass().add(styleClass);
            look = styleClass;
        }
        if (!colour.equals(tile.getBackgroundColor())) {
            tile.setBackgroundColor(colour);
        }
    }

    void stop() {
        tile.stop();
    }
}
