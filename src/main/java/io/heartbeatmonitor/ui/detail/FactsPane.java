package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.format.UiFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** What the monitor knows of the client now, as caption and value pairs. */
final class FactsPane extends GridPane {

    private final Map<String, Label> values = new LinkedHashMap<>();

    FactsPane() {
        getStyleClass().add("facts");
        setHgap(14);
        setVgap(5);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(120);
        ColumnConstraints texts = new ColumnConstraints();
        texts.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(captions, texts);
        for (String caption : new String[] {"Client id", "Type", "Version", "Capabilities", "State",
                "Reported uptime", "Last heartbeat", "Clock skew", "Heartbeats", "Rejected", "Restarts",
                "Session"}) {
            Label name = new Label(caption);
            name.getStyleClass().add("fact-caption");
            Label value = new Label("\u2014");
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            value.setId("fact-" + caption.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            addRow(values.size(), name, value);
            values.put(caption, value);
        }
    }

    void show(ClientSnapshot client, Instant now) {
        set("Client id", client.key().tenant() + " / " + client.key().client());
        set("Type", orDash(client.metadata().type()));
        set("Version", orDash(client.version()));
        set("Capabilities", client.metadata().capabilities().isEmpty() ? "none reported"
                : String.join(", ", client.metadata().capabilities()));
        set("State", stateText(client, now));
        set("Reported uptime", client.metrics() == null ? "\u2014"
                : UiFormat.duration(Duration.ofSeconds(client.metrics().uptimeSeconds())));
        set("Last heartbeat", client.lastSeen() == null ? "none since the monitor started"
                : moment(client.lastSeen(), now, " ago"));
        set("Clock skew", client.clockSkew() == null ? "\u2014"
                : UiFormat.skew(client.clockSkew()) + " (its clock minus ours)");
        set("Heartbeats", UiFormat.count(client.heartbeats()) + " accepted since the monitor started");
        set("Rejected", client.rejected() == 0 ? "none"
                : UiFormat.count(client.rejected()) + ", last: " + client.lastRejection());
        set("Restarts", client.restarts() == 0 ? "none seen"
                : client.restarts() + ", last at " + UiFormat.when(client.lastRestart(), now));
        set("Session", client.sessionStart() == null ? "none open"
                : "open since " + UiFormat.when(client.sessionStart(), now) + "  ("
                + UiFormat.age(client.sessionStart(), now) + ")");
    }

    private static String stateText(ClientSnapshot client, Instant now) {
        String text = io.heartbeatmonitor.ui.theme.StateLook.label(client.state()) + " since "
                + moment(client.stateSince(), now, "");
        if (client.state() == PresenceState.OFFLINE && client.offlineReason() != null) {
            text += ", " + client.offlineReason().wireName();
        }
        return text;
    }

    /** "14:02:11  (3 min 05 s ago)": when, and how long ago. */
    private static String moment(Instant at, Instant now, String ago) {
        return UiFormat.when(at, now) + "  (" + UiFormat.age(at, now) + ago + ")";
    }

    private void set(String caption, String text) {
        values.get(caption).setText(text);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "\u2014" : text;
    }
}
