package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.history.RejectedHeartbeat;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The client's rejected heartbeats, newest first: when, why, and what it sent. */
final class RejectionTable extends TableView<RejectedHeartbeat> {

    private static final int PAYLOAD_SHOWN = 160;

    private final Clock clock;

    RejectionTable(Clock clock) {
        this.clock = clock;
        setId("rejection-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No rejected heartbeat since the monitor started."));
        setPrefHeight(170);
        getColumns().add(column("Received", 80,
                rejected -> UiFormat.when(rejected.receivedAt(), clock.instant())));
        getColumns().add(column("Reason", 125, rejected -> rejected.reason().code()));
        getColumns().add(column("Detail", 230, RejectedHeartbeat::detail));
        getColumns().add(column("Payload", 200, rejected -> shorten(rejected.payload())));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(RejectedHeartbeat item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new Tooltip(item.payload()));
            }
        });
    }

    void show(List<RejectedHeartbeat> rejections) {
        getItems().setAll(rejections);
    }

    private static String shorten(String payload) {
        String oneLine = payload.replaceAll("\\s+", " ");
        return oneLine.length() <= PAYLOAD_SHOWN ? oneLine : oneLine.substring(0, PAYLOAD_SHOWN) + "\u2026";
    }

    private static TableColumn<RejectedHeartbeat, String> column(String title, double width,
            Function<RejectedHeartbeat, String> text) {
        TableColumn<RejectedHeartbeat, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
