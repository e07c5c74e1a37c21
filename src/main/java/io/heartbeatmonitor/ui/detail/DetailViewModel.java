package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.ui.UiThreads;
import io.heartbeatmonitor.ui.history.ClientHistory;
import io.heartbeatmonitor.ui.main.MainViewModel;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.session.MonitorSession;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the client detail: the selected client's live item, refreshed with every hand-over,
 * and what its history says, loaded on a thread named {@code ui-history} because a history may
 * sit on a database. A load that comes back after the selection moved on is dropped.
 *
 * <p>Threading: FX thread only, except the loads.
 */
public final class DetailViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DetailViewModel.class);
    /**
     * How long a new selection must stay before its history is read and the detail is marked
     * {@link #settledProperty() settled}. Walking the tiles with the arrow keys would otherwise
     * fill and clear the detail's tables and redraw its charts at every step, which cost frames
     * of 25 ms on the way; the header and the facts still follow every step.
     */
    static final Duration SELECTION_SETTLE = Duration.ofMillis(150);

    private final MainViewModel main;
    private final Clock clock;
    private final ExecutorService loader = UiThreads.worker("ui-history");
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<ClientItem> item = new ReadOnlyObjectWrapper<>(this, "item");
    private final ReadOnlyLongWrapper liveRevision = new ReadOnlyLongWrapper(this, "liveRevision");
    private final ReadOnlyBooleanWrapper settled = new ReadOnlyBooleanWrapper(this, "settled");
    private final ReadOnlyObjectWrapper<DetailHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ObjectProperty<ChartRange> chartRange = new SimpleObjectProperty<>(this, "chartRange",
            ChartRange.LIVE_HOUR);
    private boolean loading;
    private boolean loadAgain;
    private boolean settleFirst;
    /** The client whose history is wanted; read by the loader to skip a load gone stale. */
    private volatile ClientKey wanted;

    public DetailViewModel(MainViewModel main, Clock clock) {
        this(main, clock, Platform::runLater);
    }

    DetailViewModel(MainViewModel main, Clock clock, Executor fxThread) {
        this.main = main;
        this.clock = clock;
        this.fxThread = fxThread;
        main.selectedProperty().addListener((o, old, now) -> select(now));
        main.detailOpenProperty().addListener((o, old, now) -> refreshHistory());
        main.fleet().revisionProperty().addListener((o, old, now) -> followLive());
    }

    /** The selected client as it is now, or null. */
    public ReadOnlyObjectProperty<ClientItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ClientItem getItem() {
        return item.get();
    }

    /** Bumps whenever the selected client changed; repaint live parts then. */
    public ReadOnlyLongProperty liveRevisionProperty() {
        return liveRevision.getReadOnlyProperty();
    }

    /**
     * Whether the selection has stayed for {@link #SELECTION_SETTLE} and its history was read;
     * the heavy parts of the detail wait for it while the selection moves on step by step.
     */
    public ReadOnlyBooleanProperty settledProperty() {
        return settled.getReadOnlyProperty();
    }

    public boolean isSettled() {
        return settled.get();
    }

    /** The selected client's history, or null until it is loaded. */
    public ReadOnlyObjectProperty<DetailHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public DetailHistory getHistory() {
        return history.get();
    }

    public ObjectProperty<ChartRange> chartRangeProperty() {
        return chartRange;
    }

    public ChartRange getChartRange() {
        return chartRange.get();
    }

    public void setChartRange(ChartRange value) {
        chartRange.set(value);
    }

    public Clock clock() {
        return clock;
    }

    /** When the running monitor began watching, or null when none runs. */
    public java.time.Instant watchedSince() {
        MonitorSession session = main.getSession();
        return session == null ? null : session.startedAt();
    }

    /** Asks the history again, unless a load is under way; then once more when it is done. */
    public void refreshHistory() {
        ClientItem current = item.get();
        MonitorSession session = main.getSession();
        if (current == null || session == null || !main.isDetailOpen()) {
            return;
        }
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        ClientKey key = current.key();
        wanted = key;
        ClientHistory source = session.history();
        boolean settle = settleFirst;
        settleFirst = false;
        try {
            loader.execute(() -> load(source, key, settle));
        } catch (RejectedExecutionException e) {
            loading = false;
            LOG.debug("The history loader has stopped; the window is closing", e);
        }
    }

    /** Stops the loader thread, when the window closes. */
    public void shutdown() {
        loader.shutdownNow();
    }

    private void select(ClientKey key) {
        ClientItem selected = main.fleet().item(key);
        if (selected != item.get()) {
            history.set(null);
            settled.set(false);
            item.set(selected);
            wanted = selected == null ? null : selected.key();
            settleFirst = true;
            refreshHistory();
        }
    }

    private void followLive() {
        ClientKey key = main.getSelected();
        ClientItem current = main.fleet().item(key);
        if (current != item.get()) {
            select(key);
        } else if (current != null && main.fleet().changedLast(key)) {
            liveRevision.set(liveRevision.get() + 1);
        }
    }

    /** Runs on {@code ui-history}; after a new selection it first waits for it to settle. */
    private void load(ClientHistory source, ClientKey key, boolean settle) {
        DetailHistory loaded = null;
        try {
            if (settle) {
                Thread.sleep(SELECTION_SETTLE);
            }
            if (key.equals(wanted)) {
                loaded = DetailHistory.load(source, key, clock.instant());
            }
        } catch (InterruptedException e) {
            // Only the window closing stops the loader.
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Reading the history of {} failed", key, e);
        }
        DetailHistory result = loaded;
        fxThread.execute(() -> loaded(key, result));
    }

    private void loaded(ClientKey key, DetailHistory result) {
        loading = false;
        ClientItem current = item.get();
        if (current != null && current.key().equals(key)) {
            if (result != null) {
                history.set(result);
            }
            settled.set(true);
        }
        if (loadAgain) {
            loadAgain = false;
            refreshHistory();
        }
    }
}
