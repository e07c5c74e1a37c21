package io.heartbeatmonitor.ui.tiles;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.ui.model.ClientItem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The client tiles, virtualised: only the tiles that fit on screen, plus one row, exist as nodes,
 * and they are reused for other clients as the list scrolls, filters or re-sorts. A tile that is
 * no longer needed, because the grid became smaller, is stopped and dropped. Item {@code i} is
 * always shown by pool tile {@code i % poolSize}, so scrolling by a row repaints only one row.
 *
 * <p>Keyboard: arrows, Page Up/Down, Home and End move the selection; Enter opens it.
 */
public final class TileGrid extends Region {

    static final double GAP = 10;
    private static final double PAD = 10;
    private static final double ROW = ClientTile.HEIGHT + GAP;

    private final Pane viewport = new Pane();
    private final ScrollBar scrollBar = new ScrollBar();
    private final List<ClientTile> pool = new ArrayList<>();
    private final ObjectProperty<ClientKey> selectedKey = new SimpleObjectProperty<>(this, "selectedKey");
    private final BooleanProperty showTenant = new SimpleBooleanProperty(this, "showTenant");
    private final Clock clock;
    private List<ClientItem> items = List.of();
    private Consumer<ClientKey> onOpen = key -> { };
    private int columns = 1;
    private double tileWidth = ClientTile.MIN_WIDTH;
    private boolean disposed;

    /** @param clock the wall clock for the ages on the tiles */
    public TileGrid(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        getStyleClass().add("tile-grid");
        setFocusTraversable(true);
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.valueProperty().addListener((o, old, now) -> bindVisible());
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        getChildren().addAll(viewport, scrollBar);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        // A filter, because TilesFX tiles consume the clicks on them.
        addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
        new TileGridKeys(this).install();
        selectedKey.addListener((o, old, now) -> markSelection());
        showTenant.addListener((o, old, now) -> repaintAll());
    }

    /** Shows {@code shown}, in that order; the grid keeps the list, do not change it afterwards. */
    public void setItems(List<ClientItem> shown) {
        items = List.copyOf(shown);
        requestLayout();
        bindVisible();
    }

    /** Repaints the visible tiles whose client changed; call after each model update. */
    public void refresh() {
        bindVisible();
    }

    /** Moves the ages on the visible tiles on; call once a second. */
    public void tick() {
        Instant now = clock.instant();
        for (ClientTile tile : pool) {
            if (tile.isVisible()) {
                tile.tick(now);
            }
        }
    }

    /** Called with the selected client when the user asks for its detail (Enter, double click). */
    public void setOnOpen(Consumer<ClientKey> handler) {
        onOpen = Objects.requireNonNull(handler, "handler");
    }

    public ObjectProperty<ClientKey> selectedKeyProperty() {
        return selectedKey;
    }

    public ClientKey getSelectedKey() {
        return selectedKey.get();
    }

    public void setSelectedKey(ClientKey key) {
        selectedKey.set(key);
    }

    /** Whether tiles show the tenant with the client id, as when watching every tenant. */
    public BooleanProperty showTenantProperty() {
        return showTenant;
    }

    /** How many tile nodes exist now; they never outnumber what fits on screen plus a row. */
    public int tileCount() {
        return pool.size();
    }

    /** Stops and drops every tile, when the window closes. */
    public void dispose() {
        disposed = true;
        resizePool(0);
    }

    /** How many tiles show a client now. */
    public int visibleTileCount() {
        return (int) pool.stream().filter(ClientTile::isVisible).count();
    }

    /** The tiles on screen, for tests and the benchmark. */
    List<ClientTile> visibleTiles() {
        return pool.stream().filter(ClientTile::isVisible).toList();
    }

    int columns() {
        return columns;
    }

    int visibleRows() {
        return Math.max(1, (int) Math.floor((viewport.getHeight() + GAP) / ROW));
    }

    void open() {
        if (selectedKey.get() != null) {
            onOpen.accept(selectedKey.get());
        }
    }

    /** Selects the item at {@code index}, clamped to the list, and scrolls it into view. */
    void select(int index) {
        if (items.isEmpty()) {
            return;
        }
        int clamped = Math.max(0, Math.min(items.size() - 1, index));
        selectedKey.set(items.get(clamped).key());
        scrollIntoView(clamped);
    }

    /** The position of the selected client in the list, or -1. */
    int selectedIndex() {
        ClientKey key = selectedKey.get();
        for (int i = 0; key != null && i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Scrolls so that the selected client is on screen, if it is in the list. */
    public void revealSelected() {
        int index = selectedIndex();
        if (index >= 0) {
            scrollIntoView(index);
        }
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double barWidth = scrollBar.prefWidth(-1);
        scrollBar.resizeRelocate(snappedLeftInset() + width - barWidth, snappedTopInset(), barWidth, height);
        viewport.resizeRelocate(snappedLeftInset(), snappedTopInset(), width - barWidth, height);
        double usable = width - barWidth - 2 * PAD;
        columns = Math.max(1, (int) Math.floor((usable + GAP) / (ClientTile.MIN_WIDTH + GAP)));
        tileWidth = Math.max(ClientTile.MIN_WIDTH, (usable - (columns - 1) * GAP) / columns);
        updateScrollRange(height);
        bindVisible();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 3 * (ClientTile.MIN_WIDTH + GAP) + 2 * PAD + scrollBar.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        return 3 * ROW + 2 * PAD;
    }

    private void updateScrollRange(double height) {
        int rows = (items.size() + columns - 1) / columns;
        double content = rows * ROW - GAP + 2 * PAD;
        double max = Math.max(0, content - height);
        scrollBar.setMax(max);
        // The thumb's share of the track is visibleAmount / max; make it the share of the content on screen.
        scrollBar.setVisibleAmount(max == 0 ? 0 : max * height / content);
        scrollBar.setDisable(max == 0);
        scrollBar.setUnitIncrement(ROW / 2);
        scrollBar.setBlockIncrement(Math.max(ROW, height - ROW));
        if (scrollBar.getValue() > max) {
            scrollBar.setValue(max);
        }
    }

    /** Gives each on-screen position its tile and client; hides the tiles that are left over. */
    private void bindVisible() {
        if (disposed) {
            return;
        }
        updateScrollRange(viewport.getHeight());
        double offset = scrollBar.getValue();
        int firstRow = (int) Math.max(0, Math.floor((offset - PAD) / ROW));
        int rowsOnScreen = (int) Math.ceil(viewport.getHeight() / ROW) + 1;
        resizePool(rowsOnScreen * columns);
        int first = firstRow * columns;
        int last = Math.min(items.size(), first + pool.size());
        Instant now = clock.instant();
        boolean[] used = new boolean[pool.size()];
        for (int index = first; index < last; index++) {
            int slot = index % pool.size();
            used[slot] = true;
            ClientTile tile = pool.get(slot);
            tile.show(items.get(index), now, showTenant.get());
            tile.setSelected(items.get(index).key().equals(selectedKey.get()));
            tile.resize(tileWidth, ClientTile.HEIGHT);
            double x = PAD + (index % columns) * (tileWidth + GAP);
            tile.relocate(x, PAD + (index / columns) * ROW - offset);
            tile.setVisible(true);
        }
        for (int slot = 0; slot < pool.size(); slot++) {
            if (!used[slot]) {
                pool.get(slot).setVisible(false);
            }
        }
    }

    private void resizePool(int wanted) {
        while (pool.size() < wanted) {
            ClientTile tile = new ClientTile();
            pool.add(tile);
            viewport.getChildren().add(tile);
        }
        while (pool.size() > wanted) {
            ClientTile tile = pool.remove(pool.size() - 1);
            viewport.getChildren().remove(tile);
            tile.stop();
        }
    }

    private void repaintAll() {
        pool.forEach(ClientTile::forget);
        bindVisible();
    }

    private void markSelection() {
        ClientKey key = selectedKey.get();
        for (ClientTile tile : pool) {
            tile.setSelected(tile.isVisible() && tile.item() != null && tile.item().key().equals(key));
        }
    }

    private void scrollIntoView(int index) {
        double top = PAD + (index / columns) * ROW;
        double bottom = top + ClientTile.HEIGHT;
        double offset = scrollBar.getValue();
        if (top < offset) {
            scrollBar.setValue(Math.max(0, top - PAD));
        } else if (bottom > offset + viewport.getHeight()) {
            scrollBar.setValue(Math.min(scrollBar.getMax(), bottom - viewport.getHeight() + PAD));
        }
    }

    /** Scrolls by {@code pixels}, down when positive, within the list. */
    public void scrollBy(double pixels) {
        scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() + pixels)));
    }

    private void onScroll(ScrollEvent event) {
        scrollBy(-event.getDeltaY());
        event.consume();
    }

    private void onClick(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        for (ClientTile tile : pool) {
            if (tile.isVisible() && tile.getBoundsInParent().contains(
                    viewport.sceneToLocal(event.getSceneX(), event.getSceneY()))) {
                selectedKey.set(tile.item().key());
                if (event.getClickCount() == 2) {
                    open();
                }
                return;
            }
        }
    }
}
