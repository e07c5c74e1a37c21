package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.theme.Palette;
import io.heartbeatmonitor.ui.theme.StateLook;
import io.heartbeatmonitor.ui.theme.Theme;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected client in full: what it reports now, its availability, counters per minute, a day
 * of states, its sessions, raw heartbeats and rejections. Live parts repaint with each hand-over;
 * history parts when a load comes back.
 */
public final class DetailView extends BorderPane {

    /** The zoomed timeline under the day's: a day's bar shows minutes as single pixels. */
    private static final java.time.Duration RECENT = Duration.ofHours(1);

    private final DetailViewModel model;
    private final ObjectProperty<Theme> theme;
    private final Region icon = StateLook.icon(PresenceState.UNKNOWN);
    private final Label name = new Label();
    private final Label state = new Label();
    private final Button close = new Button("Close");
    private final FactsPane facts = new FactsPane();
    private final AvailabilityPane availability = new AvailabilityPane();
    private final MetricsCharts charts = new MetricsCharts();
    private final TimelineBar timeline = new TimelineBar();
    private final TimelineBar recent = new TimelineBar();
    private final SessionTable sessions;
    private final RawHeartbeatsPane heartbeats = new RawHeartbeatsPane();
    private final RejectionTable rejections;
    private final ScrollPane scroll;
    private PresenceState shownState;

    public DetailView(DetailViewModel model, ObjectProperty<Theme> theme) {
        this.model = model;
        this.theme = theme;
        this.sessions = new SessionTable(model.clock());
        this.rejections = new RejectionTable(model.clock());
        setId("detail");
        getStyleClass().add("detail");
        setTop(header());
        VBox sections = new VBox(14, facts,
                section("Availability"), availability,
                chartHeader(), charts,
                section("States, last 24 hours"), timeline,
                section("States, last hour"), recent, legend(),
                section("Sessions"), sessions,
                section("Last heartbeats as received"), heartbeats,
                section("Rejected heartbeats"), rejections);
        sections.getStyleClass().add("detail-sections");
        scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        setCenter(scroll);
        model.itemProperty().addListener((o, old, now) -> {
            scroll.setVvalue(0);
            showLive();
        });
        model.liveRevisionProperty().addListener((o, old, now) -> showLive());
        // The charts are the costliest part to lay out: they wait until the selection settles,
        // hidden rather than showing the previous client's lines under this one's name.
        model.settledProperty().addListener((o, old, now) -> {
            charts.setVisible(now);
            if (now) {
                showCharts();
            }
        });
        charts.setVisible(model.isSettled());
        model.historyProperty().addListener((o, old, now) -> showHistory());
        model.chartRangeProperty().addListener((o, old, now) -> showCharts());
        theme.addListener((o, old, now) -> applyTheme());
        applyTheme();
        showLive();
        showHistory();
    }

    /** The close button; the main view wires it to the selection. */
    public Button closeButton() {
        return close;
    }

    /** Shows the top of the detail, as when it opens. */
    public void scrollToTop() {
        scroll.setVvalue(0);
    }

    /** Moves the ages on; called once a second while shown. */
    public void tick() {
        ClientItem item = model.getItem();
        if (item != null) {
            facts.show(item.snapshot(), model.clock().instant());
        }
    }

    /** How many points the messages chart shows now; for tests. */
    public int chartPointCount() {
        return charts.pointCount();
    }

    /** How many sessions the table lists; for tests. */
    public int sessionRowCount() {
        return sessions.getItems().size();
    }

    /** The raw heartbeat shown as JSON; for tests. */
    public String shownJson() {
        return heartbeats.shownJson();
    }

    private Node header() {
        name.setId("detail-name");
        name.getStyleClass().add("detail-name");
        name.setMinWidth(0);
        state.setId("detail-state");
        state.getStyleClass().add("detail-state");
        close.setId("detail-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, icon, name, state, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("detail-header");
        return head;
    }

    private Node chartHeader() {
        ToggleGroup ranges = new ToggleGroup();
        HBox head = new HBox(8, section("Messages and errors per minute"));
        head.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        head.getChildren().add(spacer);
        for (ChartRange range : ChartRange.values()) {
            ToggleButton button = new ToggleButton(range.toString());
            button.setId("range-" + range.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(ranges);
            button.setSelected(range == model.getChartRange());
            button.setOnAction(event -> {
                model.setChartRange(range);
                button.setSelected(true);
            });
            head.getChildren().add(button);
        }
        return head;
    }

    private Node legend() {
        HBox legend = new HBox(12);
        legend.getStyleClass().add("timeline-legend");
        for (PresenceState each : PresenceState.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", StateLook.styleClass(each));
            legend.getChildren().add(new HBox(4, swatch, new Label(StateLook.label(each))));
        }
        Region gap = new Region();
        gap.getStyleClass().addAll("swatch", "not-monitored");
        legend.getChildren().add(new HBox(4, gap, new Label("Not monitored")));
        return legend;
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return label;
    }

    private void showLive() {
        ClientItem item = model.getItem();
        if (item == null) {
            name.setText("No client selected");
            state.setText("");
            return;
        }
        ClientSnapshot snapshot = item.snapshot();
        Instant now = model.clock().instant();
        name.setText(snapshot.displayName());
        state.setText(StateLook.label(snapshot.state()));
        if (snapshot.state() != shownState) {
            StateLook.setIcon(icon, snapshot.state());
            if (shownState != null) {
                state.getStyleClass().remove(StateLook.styleClass(shownState));
            }
            shownState = snapshot.state();
            state.getStyleClass().add(StateLook.styleClass(shownState));
        }
        facts.show(snapshot, now);
        if (model.getChartRange() == ChartRange.LIVE_HOUR && model.isSettled()) {
            showCharts();
        }
    }

    private void showHistory() {
        DetailHistory history = model.getHistory();
        availability.show(history == null ? null : history.availability());
        if (history == null) {
            Instant now = model.clock().instant();
            timeline.show(List.of(), now.minus(DetailHistory.DAY), now);
            recent.show(List.of(), now.minus(RECENT), now);
        } else {
            timeline.show(history.timeline(), history.from(), history.to());
            recent.show(history.timeline(), history.to().minus(RECENT), history.to());
            sessions.show(history.sessions());
            heartbeats.show(history.heartbeats());
            rejections.show(history.rejections());
        }
        if (model.getChartRange() == ChartRange.DAY) {
            showCharts();
        }
    }

    /**
     * Draws the charts over the chosen range, but no earlier than a minute before the monitor
     * began watching: a young monitor's few minutes would otherwise be a sliver at the edge.
     */
    private void showCharts() {
        ClientItem item = model.getItem();
        Instant now = model.clock().instant();
        Instant from = now.minus(model.getChartRange().span());
        Instant watched = model.watchedSince();
        if (watched != null && watched.minusSeconds(60).isAfter(from)) {
            from = watched.minusSeconds(60);
        }
        long tick = tickMinutes(Duration.between(from, now).toMinutes());
        if (model.getChartRange() == ChartRange.LIVE_HOUR) {
            charts.show(item == null ? List.of() : item.liveMinutes(from, now), from, now, tick);
        } else {
            DetailHistory history = model.getHistory();
            charts.show(history == null ? List.of() : history.day(), from, now, tick);
        }
    }

    /** A tick every minute for a few minutes, up to every three hours for a day. */
    private static long tickMinutes(long spanMinutes) {
        for (long tick : new long[] {1, 5, 10, 30, 60, 180}) {
            if (spanMinutes / tick <= 8) {
                return tick;
            }
        }
        return 180;
    }

    private void applyTheme() {
        Palette.Neutrals neutrals = Palette.neutrals(theme.get());
        timeline.setColours(neutrals.textMuted(), neutrals.text());
        recent.setColours(neutrals.textMuted(), neutrals.text());
    }
}
