package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.app.MonitorLosses;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.detail.DetailView;
import io.heartbeatmonitor.ui.detail.DetailViewModel;
import io.heartbeatmonitor.ui.model.ClientFilter;
import io.heartbeatmonitor.ui.session.MonitorSession;
import io.heartbeatmonitor.ui.tiles.TileGrid;
import java.time.Clock;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The main window's content: connection bar, banners, summary tiles, search and filters, the
 * tile grid and, when a client is opened, its detail beside the grid.
 *
 * <p>Keys: Ctrl+F searches, arrows move between tiles, Enter opens the detail, Esc clears the
 * search and filters, or closes the detail when there is nothing to clear.
 */
public final class MainView extends BorderPane {

    private static final Duration AGE_TICK = Duration.seconds(1);
    private static final int HISTORY_EVERY_TICKS = 5;

    private final MainViewModel model;
    private final DetailViewModel detailModel;
    private final TileGrid grid;
    private final FilterBar filters;
    private final ConnectionBar bar;
    private final StaleBanner stale;
    private final LossBanner losses;
    private final SummaryTiles summary;
    private final DetailView detail;
    private final SplitPane split = new SplitPane();
    private final StackPane gridArea;
    private final Timeline ticker;
    private int ticks;

    public MainView(MainViewModel model, Clock clock, Runnable openConnection) {
        this.model = model;
        this.detailModel = new DetailViewModel(model, clock);
        this.grid = new TileGrid(clock);
        this.filters = new FilterBar(model);
        this.bar = new ConnectionBar(model);
        this.stale = new StaleBanner(model, clock);
        this.losses = new LossBanner(lossesOf(model), clock);
        this.summary = new SummaryTiles(model.fleet(), model.themeProperty(), this::showOnly);
        this.detail = new DetailView(detailModel, model.themeProperty());
        getStyleClass().add("main-view");
        ProblemBanner problem = new ProblemBanner(model);
        bar.connectionButton().setOnAction(event -> openConnection.run());
        problem.retryButton().setOnAction(event -> openConnection.run());
        setTop(new VBox(bar, stale, losses, problem, summary, filters));
        gridArea = new StackPane(grid, placeholder());
        gridArea.getStyleClass().add("grid-area");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().add(gridArea);
        setCenter(split);
        wireGrid();
        model.detailOpenProperty().addListener((o, old, open) -> showDetail(open));
        detail.closeButton().setOnAction(event -> closeDetail());
        ticker = new Timeline(new KeyFrame(AGE_TICK, event -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        sceneProperty().addListener((o, old, scene) -> installKeys(scene));
    }

    /** Stops the timers and tiles, when the window closes. */
    public void stop() {
        ticker.stop();
        detailModel.shutdown();
        summary.stop();
        grid.dispose();
    }

    public TileGrid grid() {
        return grid;
    }

    public DetailView detail() {
        return detail;
    }

    private void wireGrid() {
        grid.selectedKeyProperty().bindBidirectional(model.selectedProperty());
        grid.showTenantProperty().bind(Bindings.createBooleanBinding(
                () -> model.scopeLabelProperty().get().equals("all tenants"), model.scopeLabelProperty()));
        grid.setOnOpen(key -> model.setDetailOpen(true));
        grid.setItems(model.getShown());
        model.shownProperty().addListener((o, old, now) -> grid.setItems(now));
        model.fleet().revisionProperty().addListener((o, old, now) -> grid.refresh());
        model.fleet().staleSinceProperty().addListener((o, old, now) -> markStale());
        model.phaseProperty().addListener((o, old, now) -> markStale());
    }

    private static ObservableValue<Supplier<MonitorLosses>> lossesOf(MainViewModel model) {
        return Bindings.createObjectBinding(() -> {
            MonitorSession session = model.getSession();
            return session == null ? null : session::losses;
        }, model.sessionProperty());
    }

    private Label placeholder() {
        Label text = new Label();
        text.setId("grid-placeholder");
        text.getStyleClass().add("grid-placeholder");
        text.textProperty().bind(Bindings.createStringBinding(this::placeholderText, model.phaseProperty(),
                model.shownProperty(), model.fleet().countsProperty()));
        text.visibleProperty().bind(text.textProperty().isNotEmpty());
        text.setMouseTransparent(true);
        return text;
    }

    private String placeholderText() {
        return switch (model.getPhase()) {
            case NONE ->
                    "Not watching anything yet. Choose a connection or start the demo (Connection\u2026).";
            case STARTING -> "Connecting\u2026";
            case FAILED -> "";
            case RUNNING -> runningPlaceholder();
        };
    }

    private String runningPlaceholder() {
        if (model.fleet().getCounts().total() == 0) {
            return "Waiting for the first heartbeat\u2026";
        }
        return model.getShown().isEmpty() ? "No client matches the search and filters. Esc clears them." : "";
    }

    private void markStale() {
        boolean isStale = model.getPhase() == SessionPhase.RUNNING && model.fleet().getStaleSince() != null;
        gridArea.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("stale"), isStale);
    }

    private void showOnly(PresenceState state) {
        ClientFilter current = model.getFilter();
        Set<PresenceState> only = current.states().equals(Set.of(state)) ? Set.of() : Set.of(state);
        model.setFilter(current.withStates(only));
    }

    private void showDetail(boolean open) {
        if (open && !split.getItems().contains(detail)) {
            split.getItems().add(detail);
            split.setDividerPositions(0.56);
            detail.scrollToTop();
            detailModel.refreshHistory();
        } else if (!open) {
            split.getItems().remove(detail);
        }
        grid.revealSelected();
    }

    private void closeDetail() {
        model.setDetailOpen(false);
        grid.requestFocus();
    }

    private void tick() {
        grid.tick();
        stale.update();
        losses.update();
        if (model.isDetailOpen()) {
            detail.tick();
            if (++ticks % HISTORY_EVERY_TICKS == 0) {
                detailModel.refreshHistory();
            }
        }
    }

    private void installKeys(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            filters.searchField().requestFocus();
            filters.searchField().selectAll();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE) {
            escape();
            event.consume();
        } else if (filters.searchField().isFocused()
                && (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER)) {
            grid.requestFocus();
            if (model.getSelected() == null && !model.getShown().isEmpty()) {
                model.setSelected(model.getShown().get(0).key());
            }
            event.consume();
        }
    }

    /** Esc: clear the search and filters first; with nothing to clear, close the detail. */
    private void escape() {
        if (!model.getFilter().isEmpty()) {
            model.setFilter(ClientFilter.NONE);
        } else if (model.isDetailOpen()) {
            model.setDetailOpen(false);
        }
        grid.requestFocus();
    }
}
