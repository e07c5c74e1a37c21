package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.model.FleetModel;
import io.heartbeatmonitor.ui.model.StateCounts;
import io.heartbeatmonitor.ui.theme.Palette;
import io.heartbeatmonitor.ui.theme.StateLook;
import io.heartbeatmonitor.ui.theme.Theme;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/**
 * The row of summary tiles: clients per state, heartbeats per second and rejected heartbeats.
 * A state with clients has its tile in the state's colour; an empty one stays neutral, so the
 * eye goes to what is there. Clicking a state's tile shows only that state.
 */
final class SummaryTiles extends HBox {

    private static final List<PresenceState> ORDER = List.of(PresenceState.HEALTHY, PresenceState.DEGRADED,
            PresenceState.UNHEALTHY, PresenceState.LATE, PresenceState.OFFLINE, PresenceState.UNKNOWN);

    private final Map<PresenceState, SummaryTile> stateTiles = new EnumMap<>(PresenceState.class);
    private final SummaryTile rate = new SummaryTile("Heartbeats / s", null, "summary-rate");
    private final SummaryTile rejected = new SummaryTile("Rejected", null, "summary-rejected");
    private final FleetModel fleet;
    private final ObjectProperty<Theme> theme;

    SummaryTiles(FleetModel fleet, ObjectProperty<Theme> theme, Consumer<PresenceState> onStateClicked) {
        super(8);
        this.fleet = fleet;
        this.theme = theme;
        getStyleClass().add("summary-tiles");
        for (PresenceState state : ORDER) {
            SummaryTile tile = new SummaryTile(StateLook.label(state), StateLook.icon(state),
                    "summary-" + state.wireName());
            tile.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> onStateClicked.accept(state));
            stateTiles.put(state, tile);
            getChildren().add(tile);
        }
        getChildren().addAll(rate, rejected);
        fleet.revisionProperty().addListener((o, old, now) -> update());
        theme.addListener((o, old, now) -> update());
        update();
    }

    private void update() {
        StateCounts counts = fleet.getCounts();
        int total = counts.total();
        for (PresenceState state : ORDER) {
            int count = counts.count(state);
            SummaryTile tile = stateTiles.get(state);
            tile.setValue(Integer.toString(count));
            tile.setNote(total == 0 ? "" : UiFormat.percent((double) count / total));
            paint(tile, count > 0 ? state : null);
        }
        rate.setValue(UiFormat.rate(fleet.getHeartbeatsPerSecond()));
        rate.setNote(UiFormat.count(fleet.getAccepted()) + " accepted");
        rejected.setValue(UiFormat.count(fleet.getRejected()));
        rejected.setNote(fleet.getRejected() == 0 ? "none" : "broke the protocol");
        paint(rate, null);
        paint(rejected, null);
    }

    /** Colours a tile by {@code state}, or neutral when it is null. */
    private void paint(SummaryTile tile, PresenceState state) {
        if (state == null) {
            tile.setLook("neutral", Palette.neutrals(theme.get()).surface());
        } else {
            tile.setLook(StateLook.styleClass(state), Palette.state(state));
        }
    }

    /** Ends the tiles' timers when the window closes. */
    void stop() {
        stateTiles.values().forEach(SummaryTile::stop);
        rate.stop();
        rejected.stop();
    }
}
