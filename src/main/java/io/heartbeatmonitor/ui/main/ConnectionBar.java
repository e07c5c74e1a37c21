package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.ui.theme.Theme;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top bar: profile, server, tenant, the connection's state, and the window's two buttons. */
final class ConnectionBar extends HBox {

    private final Label status = new Label();
    private final Button connection = new Button("Connection\u2026");
    private final ToggleButton dark = new ToggleButton("Dark");

    ConnectionBar(MainViewModel model) {
        super(18);
        getStyleClass().add("connection-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label("Heartbeat Monitor");
        title.getStyleClass().add("app-title");
        status.setId("connection-status");
        status.getStyleClass().add("connection-status");
        status.textProperty().bind(statusText(model));
        status.textProperty().addListener((o, old, now) -> styleStatus(model));
        connection.setId("open-connection");
        dark.setId("theme-toggle");
        dark.setSelected(model.getTheme() == Theme.DARK);
        dark.selectedProperty().addListener((o, old, now) -> model.setTheme(now ? Theme.DARK : Theme.LIGHT));
        model.themeProperty().addListener((o, old, now) -> dark.setSelected(now == Theme.DARK));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, field("Profile", model.profileLabelProperty(), "profile-label"),
                field("Server", model.serverLabelProperty(), "server-label"),
                field("Watching", model.scopeLabelProperty(), "scope-label"), historyField(model), status,
                spacer, connection, dark);
        styleStatus(model);
    }

    Button connectionButton() {
        return connection;
    }

    private static HBox historyField(MainViewModel model) {
        HBox box = field("History", model.historyLabelProperty(), "history-label");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.historyDetailProperty());
        Tooltip.install(box, tip);
        return box;
    }

    private static HBox field(String caption, javafx.beans.value.ObservableStringValue value, String id) {
        Label name = new Label(caption);
        name.getStyleClass().add("bar-caption");
        Label text = new Label();
        text.setId(id);
        text.getStyleClass().add("bar-value");
        text.textProperty().bind(value);
        HBox box = new HBox(5, name, text);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static StringBinding statusText(MainViewModel model) {
        return Bindings.createStringBinding(() -> describe(model.getPhase(), model.fleet().getConnection()),
                model.phaseProperty(), model.fleet().connectionProperty());
    }

    static String describe(SessionPhase phase, ConnectionState connection) {
        return switch (phase) {
            case NONE -> "Not connected";
            case STARTING -> "Connecting\u2026";
            case FAILED -> "Connection failed";
            case RUNNING -> connection == null ? "Waiting for NATS\u2026" : switch (connection) {
                case CONNECTED, RECONNECTED -> "Connected";
                case DISCONNECTED -> "Reconnecting\u2026";
                case CLOSED -> "Closed";
            };
        };
    }

    private void styleStatus(MainViewModel model) {
        boolean up = model.getPhase() == SessionPhase.RUNNING && model.fleet().getConnection() != null
                && model.fleet().getConnection().isUp();
        status.getStyleClass().removeAll("up", "down");
        status.getStyleClass().add(up ? "up" : "down");
    }
}
