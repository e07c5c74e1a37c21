package io.heartbeatmonitor.ui.tiles;

import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.theme.StateLook;
import java.time.Duration;
import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The text on a client tile: state, name, id, type and version, uptime, last heartbeat, badges. */
final class TileFace extends VBox {

    /** A restart is news for this long. */
    static final Duration RECENT_RESTART = Duration.ofHours(1);
    /** Clocks further apart than this get a badge; less is network delay and rounding. */
    static final Duration NOTABLE_SKEW = Duration.ofSeconds(5);

    private final Region icon = StateLook.icon(PresenceState.UNKNOWN);
    private final Label state = label("tile-state");
    private final Label reason = label("tile-reason");
    private final Label since = label("tile-since");
    private final Label name = label("tile-name");
    private final Label id = label("tile-id");
    private final Label kind = label("tile-kind");
    private final Label uptime = label("tile-uptime");
    private final Label seen = label("tile-seen");
    private final Label late = badge("LATE");
    private final Label restarted = badge("RESTARTED");
    private final Label skew = badge("");
    private final Label protocol = badge("");

    TileFace() {
        getStyleClass().add("tile-face");
        HBox stateRow = new HBox(5, icon, state, reason, spacer(), since);
        stateRow.setAlignment(Pos.CENTER_LEFT);
        HBox timeRow = new HBox(6, uptime, spacer(), seen);
        HBox badges = new HBox(4, late, restarted, skew, protocol);
        badges.getStyleClass().add("tile-badges");
        getChildren().addAll(stateRow, name, id, kind, timeRow, badges);
        setFillWidth(true);
    }

    void paint(ClientSnapshot snapshot, boolean withTenant) {
        StateLook.setIcon(icon, snapshot.state());
        state.setText(StateLook.label(snapshot.state()).toUpperCase(java.util.Locale.ROOT));
        reason.setText(snapshot.offlineReason() == null ? ""
                : snapshot.offlineReason() == OfflineReason.TIMEOUT ? "timed out" : "left");
        name.setText(snapshot.displayName());
        id.setText(withTenant ? snapshot.key().toString() : snapshot.key().client());
        kind.setText(kindText(snapshot));
        uptime.setText(snapshot.metrics() == null ? "no heartbeat yet"
                : "up " + UiFormat.duration(Duration.ofSeconds(snapshot.metrics().uptimeSeconds())));
        show(late, snapshot.state() == PresenceState.LATE);
        boolean skewed = snapshot.clockSkew() != null
                && snapshot.clockSkew().abs().compareTo(NOTABLE_SKEW) >= 0;
        skew.setText(skewed ? "SKEW " + UiFormat.skew(snapshot.clockSkew()) : "");
        show(skew, skewed);
        protocol.setText("PROTOCOL \u00d7" + snapshot.rejected());
        show(protocol, snapshot.rejected() > 0);
    }

    void tick(ClientSnapshot snapshot, Instant now) {
        since.setText("for " + UiFormat.age(snapshot.stateSince(), now));
        seen.setText(snapshot.lastSeen() == null ? ""
                : "seen " + UiFormat.age(snapshot.lastSeen(), now) + " ago");
        show(restarted, snapshot.lastRestart() != null
                && Duration.between(snapshot.lastRestart(), now).compareTo(RECENT_RESTART) < 0);
    }

    private static String kindText(ClientSnapshot snapshot) {
        String type = snapshot.metadata().type() == null ? "type not reported" : snapshot.metadata().type();
        return snapshot.version() == null ? type : type + " \u00b7 v" + snapshot.version();
    }

    private static void show(Label badge, boolean visible) {
        badge.setVisible(visible);
        badge.setManaged(visible);
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }

    private static Label badge(String text) {
        Label badge = new Label(text);
        badge.getStyleClass().add("badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        show(badge, false);
        return badge;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
