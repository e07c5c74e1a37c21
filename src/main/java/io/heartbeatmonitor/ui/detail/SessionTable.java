package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.ui.format.UiFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The client's sessions, newest first, with how each ended. */
final class SessionTable extends TableView<Session> {

    private final Clock clock;

    SessionTable(Clock clock) {
        this.clock = clock;
        setId("session-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No session since the monitor started."));
        setPrefHeight(190);
        getColumns().add(column("Start", 90, session -> UiFormat.when(session.start(), clock.instant())));
        getColumns().add(column("Length", 90, this::length));
        getColumns().add(column("Ended by", 130, SessionTable::ending));
        getColumns().add(column("Heartbeats", 80, session -> UiFormat.count(session.heartbeats())));
        getColumns().add(column("Worst", 80, session -> session.worstStatus() == null ? "\u2014"
                : session.worstStatus().wireName()));
        getColumns().add(column("Version", 70,
                session -> session.version() == null ? "\u2014" : session.version()));
    }

    void show(List<Session> sessions) {
        getItems().setAll(sessions);
    }

    private String length(Session session) {
        return UiFormat.duration(
                Duration.between(session.start(), session.isOpen() ? clock.instant() : session.end()));
    }

    private static String ending(Session session) {
        return session.isOpen() ? "still open" : session.endReason().wireName();
    }

    private static TableColumn<Session, String> column(String title, double width,
            Function<Session, String> text) {
        TableColumn<Session, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }
}
