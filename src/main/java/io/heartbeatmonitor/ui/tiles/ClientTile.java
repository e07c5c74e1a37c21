package io.heartbeatmonitor.ui.tiles;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.theme.Palette;
import io.heartbeatmonitor.ui.theme.StateLook;
import java.time.Instant;
import javafx.css.PseudoClass;
import javafx.scene.layout.StackPane;

/**
 * One client's tile: a TilesFX tile in the client's state colour, with a {@link TileFace} of
 * plain labels on it so that the text follows the stylesheet. The grid reuses a tile for other
 * clients as the user scrolls, so {@link #show} must fully repaint it.
 */
final class ClientTile extends StackPane {

    /** The narrowest a tile gets; the grid widens tiles to fill its rows. */
    static final double MIN_WIDTH = 244;
    static final double HEIGHT = 150;
    private static final double RING = 4;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final Tile tile;
    private final TileFace face = new TileFace();
    private ClientItem item;
    private long shownUpdates = -1;
    private PresenceState shownState;

    ClientTile() {
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(MIN_WIDTH - 2 * RING, HEIGHT - 2 * RING)
                .title("")
                .textVisible(false)
                .roundedCorners(true)
                .animated(false)
                .graphic(face)
                .build();
        tile.setFocusTraversable(false);
        getStyleClass().add("client-tile");
        setManaged(false);
        resize(MIN_WIDTH, HEIGHT);
        getChildren().add(tile);
    }

    /** Shows {@code shown}; cheap when it is the same client, unchanged since last time. */
    void show(ClientItem shown, Instant now, boolean withTenant) {
        if (shown != item || shown.updates() != shownUpdates) {
            item = shown;
            shownUpdates = shown.updates();
            paint(shown.snapshot(), withTenant);
        }
        tick(now);
    }

    /** Moves the ages on: state since, last heartbeat, recent restart. */
    void tick(Instant now) {
        if (item != null) {
            face.tick(item.snapshot(), now);
        }
    }

    /** Makes the next {@link #show} repaint everything, for example when the id format changes. */
    void forget() {
        shownUpdates = -1;
    }

    ClientItem item() {
        return item;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Ends the tile's timers; called when the grid discards it. */
    void stop() {
        tile.stop();
        item = null;
    }

    private void paint(ClientSnapshot snapshot, boolean withTenant) {
        if (snapshot.state() != shownState) {
            if (shownState != null) {
                getStyleClass().remove(StateLook.styleClass(shownState));
            }
            shownState = snapshot.state();
            getStyleClass().add(StateLook.styleClass(shownState));
            tile.setBackgroundColor(Palette.state(shownState));
        }
        face.paint(snapshot, withTenant);
        setAccessibleText(snapshot.displayName() + ", " + StateLook.label(snapshot.state()));
    }

    @Override
    public String toString() {
        return "ClientTile[" + (item == null ? "empty" : item.key()) + "]";
    }
}
