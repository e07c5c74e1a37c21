package io.heartbeatmonitor.ui.detail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.history.RawHeartbeat;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The last heartbeats as received: a list of their times, and the chosen one as indented JSON. */
final class RawHeartbeatsPane extends HBox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ListView<RawHeartbeat> times = new ListView<>();
    private final TextArea text = new TextArea();

    RawHeartbeatsPane() {
        super(8);
        getStyleClass().add("raw-heartbeats");
        times.setId("raw-list");
        times.setPrefWidth(110);
        times.setMinWidth(110);
        times.setPrefHeight(230);
        times.setPlaceholder(new javafx.scene.control.Label("none yet"));
        times.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RawHeartbeat item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : UiFormat.clock(item.receivedAt()));
            }
        });
        text.setId("raw-json");
        text.setEditable(false);
        text.getStyleClass().add("json");
        text.setPrefHeight(230);
        HBox.setHgrow(text, Priority.ALWAYS);
        times.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showJson(now));
        getChildren().addAll(times, text);
    }

    /**
     * Shows {@code heartbeats}, newest first. The newest is shown unless the user chose an older
     * one that is still in the list; then that one stays.
     */
    void show(List<RawHeartbeat> heartbeats) {
        if (heartbeats.equals(times.getItems())) {
            return;
        }
        int chosenIndex = times.getSelectionModel().getSelectedIndex();
        RawHeartbeat chosen = times.getSelectionModel().getSelectedItem();
        times.getItems().setAll(heartbeats);
        int kept = chosenIndex > 0 ? heartbeats.indexOf(chosen) : -1;
        times.getSelectionModel().select(Math.max(0, kept));
        if (heartbeats.isEmpty()) {
            text.setText("");
        }
    }

    /** The JSON shown, for tests. */
    String shownJson() {
        return text.getText();
    }

    private void showJson(RawHeartbeat heartbeat) {
        text.setText(heartbeat == null ? "" : pretty(heartbeat.payload()));
    }

    static String pretty(String payload) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(payload));
        } catch (JsonProcessingException e) {
            return Objects.toString(payload);
        }
    }
}
