package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.heartbeatmonitor.ui.UiThreads;
import io.heartbeatmonitor.ui.model.ClientFilter;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.model.ClientSort;
import io.heartbeatmonitor.ui.model.FleetModel;
import io.heartbeatmonitor.ui.model.SnapshotPump;
import io.heartbeatmonitor.ui.session.HistoryPlan;
import io.heartbeatmonitor.ui.session.MonitorSession;
import io.heartbeatmonitor.ui.session.SessionSpec;
import io.heartbeatmonitor.ui.theme.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the running monitor, the fleet, what the grid shows and in which
 * order, the selection and the theme. Starting and stopping monitors happens on a thread named
 * {@code ui-session}; the FX thread only hears the outcome.
 *
 * <p>Threading: FX thread only, except where a method says otherwise.
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    private final FleetModel fleet = new FleetModel();
    private final ExecutorService sessionWorker = UiThreads.worker("ui-session");
    private final Executor fxThread;

    private final ObjectProperty<ClientFilter> filter =
            new SimpleObjectProperty<>(this, "filter", ClientFilter.NONE);
    private final ObjectProperty<ClientSort> sort =
            new SimpleObjectProperty<>(this, "sort", ClientSort.PROBLEMS_FIRST);
    private final ReadOnlyObjectWrapper<List<ClientItem>> shown =
            new ReadOnlyObjectWrapper<>(this, "shown", List.of());
    private final ObjectProperty<ClientKey> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty detailOpen = new SimpleBooleanProperty(this, "detailOpen");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ReadOnlyObjectWrapper<SessionPhase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", SessionPhase.NONE);
    private final ReadOnlyStringWrapper profileLabel = new ReadOnlyStringWrapper(this, "profileLabel", "");
    private final ReadOnlyStringWrapper serverLabel = new ReadOnlyStringWrapper(this, "serverLabel", "");
    private final ReadOnlyStringWrapper scopeLabel = new ReadOnlyStringWrapper(this, "scopeLabel", "");
    private final ReadOnlyStringWrapper historyLabel = new ReadOnlyStringWrapper(this, "historyLabel", "");
    private final ReadOnlyStringWrapper historyDetail = new ReadOnlyStringWrapper(this, "historyDetail", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<MonitorSession> session =
            new ReadOnlyObjectWrapper<>(this, "session");

    private volatile HistoryPlan historyPlan = HistoryPlan.inMemory();
    private SnapshotPump pump;
    private long generation;
    private boolean closing;
    private CompletableFuture<Void> shutdown;

    /** A model whose background results come back through {@link Platform#runLater}. */
    public MainViewModel() {
        this(Platform::runLater);
    }

    /** @param fxThread runs a task on the FX thread */
    MainViewModel(Executor fxThread) {
        this.fxThread = fxThread;
        fleet.revisionProperty().addListener((o, old, now) -> {
            boolean everyHeartbeatMoves =
                    sort.get().followsEveryHeartbeat() && fleet.anyChangedLast();
            if (fleet.lastWasReset() || everyHeartbeatMoves) {
                refreshShown();
            } else if (!fleet.lastMoved().isEmpty()) {
                placeAgain(fleet.lastMoved());
            }
        });
        filter.addListener((o, old, now) -> refreshShown());
        sort.addListener((o, old, now) -> refreshShown());
    }

    /**
     * Where the sessions started from now on record their history; in memory only unless set,
     * so a window opened by a test never writes into the user's history.
     */
    public void setHistoryPlan(HistoryPlan plan) {
        historyPlan = Objects.requireNonNull(plan, "plan");
    }

    /** Where the running session's history goes, in a word or two, for the connection bar. */
    public ReadOnlyStringProperty historyLabelProperty() {
        return historyLabel.getReadOnlyProperty();
    }

    /** Where the running session's history goes in full, or why it is in memory only. */
    public ReadOnlyStringProperty historyDetailProperty() {
        return historyDetail.getReadOnlyProperty();
    }

    /**
     * Stops watching what was watched and starts watching {@code spec}. Returns at once; the
     * phase becomes {@link SessionPhase#RUNNING} or {@link SessionPhase#FAILED} later.
     *
     * @param label the profile's name for the connection bar
     */
    public void connect(SessionSpec spec, String label) {
        long ticket = ++generation;
        MonitorSession previous = detach();
        profileLabel.set(label);
        serverLabel.set(spec.isDemo() ? "starting a local nats-server" : spec.profile().serversForDisplay());
        scopeLabel.set(spec.scopeLabel());
        historyLabel.set("");
        historyDetail.set("");
        problem.set("");
        phase.set(SessionPhase.STARTING);
        LOG.info("Watching {} with profile '{}'", spec.scopeLabel(), label);
        HistoryPlan plan = historyPlan;
        sessionWorker.execute(() -> {
            closeQuietly(previous);
            start(spec, plan, ticket);
        });
    }

    /**
     * Stops the monitor for good, as when the window closes.
     *
     * @return completes, on the {@code ui-session} thread, once the monitor has stopped
     */
    public CompletableFuture<Void> shutdown() {
        if (shutdown == null) {
            closing = true;
            generation++;
            MonitorSession previous = detach();
            shutdown = CompletableFuture.runAsync(() -> closeQuietly(previous), sessionWorker);
            sessionWorker.shutdown();
        }
        return shutdown;
    }

    public FleetModel fleet() {
        return fleet;
    }

    public ObjectProperty<ClientFilter> filterProperty() {
        return filter;
    }

    public ClientFilter getFilter() {
        return filter.get();
    }

    public void setFilter(ClientFilter value) {
        filter.set(value);
    }

    public ObjectProperty<ClientSort> sortProperty() {
        return sort;
    }

    public ClientSort getSort() {
        return sort.get();
    }

    public void setSort(ClientSort value) {
        sort.set(value);
    }

    /** The clients the grid shows: filtered and sorted. */
    public ReadOnlyObjectProperty<List<ClientItem>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public List<ClientItem> getShown() {
        return shown.get();
    }

    public ObjectProperty<ClientKey> selectedProperty() {
        return selected;
    }

    public ClientKey getSelected() {
        return selected.get();
    }

    public void setSelected(ClientKey key) {
        selected.set(key);
    }

    /** Whether the detail of the selected client is open beside the grid. */
    public BooleanProperty detailOpenProperty() {
        return detailOpen;
    }

    public boolean isDetailOpen() {
        return detailOpen.get();
    }

    public void setDetailOpen(boolean open) {
        detailOpen.set(open);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    public ReadOnlyObjectProperty<SessionPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public SessionPhase getPhase() {
        return phase.get();
    }

    public ReadOnlyStringProperty profileLabelProperty() {
        return profileLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty serverLabelProperty() {
        return serverLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scopeLabelProperty() {
        return scopeLabel.getReadOnlyProperty();
    }

    /** Why the last start failed; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public String getProblem() {
        return problem.get();
    }

    /** The running monitor, or null; the detail asks its history. */
    public ReadOnlyObjectProperty<MonitorSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public MonitorSession getSession() {
        return session.get();
    }

    /**
     * Puts the clients that may have moved back where the filter and the order want them and
     * leaves every other client where it is: a hand-over moves a few of thousands, and sorting
     * them all again on the FX thread four times a second would cost frames.
     */
    private void placeAgain(List<ClientItem> moved) {
        List<ClientItem> before = shown.get();
        if (moved.size() > before.size() / 4) {
            refreshShown();
            return;
        }
        List<ClientItem> result = new ArrayList<>(before.size() + moved.size());
        for (ClientItem item : before) {
            if (!fleet.movedLast(item)) {
                result.add(item);
            }
        }
        ClientFilter current = filter.get();
        Comparator<ClientItem> order = sort.get().comparator();
        for (ClientItem item : moved) {
            if (current.test(item)) {
                int found = Collections.binarySearch(result, item, order);
                result.add(found < 0 ? -found - 1 : found, item);
            }
        }
        shown.set(Collections.unmodifiableList(result));
    }

    private void refreshShown() {
        ClientFilter current = filter.get();
        List<ClientItem> result = new ArrayList<>();
        for (ClientItem item : fleet.items()) {
            if (current.test(item)) {
                result.add(item);
            }
        }
        result.sort(sort.get().comparator());
        shown.set(List.copyOf(result));
    }

    /** Runs on {@code ui-session}: starts the monitor and reports back to the FX thread. */
    private void start(SessionSpec spec, HistoryPlan plan, long ticket) {
        try {
            MonitorSession started = MonitorSession.start(spec, plan);
            fxThread.execute(() -> attach(started, ticket));
        } catch (IOException | NatsSetupException e) {
            LOG.warn("Could not start watching {}: {}", spec.scopeLabel(), e.getMessage());
            fxThread.execute(() -> failed(e.getMessage(), ticket));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Starting the monitor failed unexpectedly", e);
            fxThread.execute(() -> failed("Starting the monitor failed: " + e, ticket));
        }
    }

    private void attach(MonitorSession started, long ticket) {
        if (ticket != generation || closing) {
            sessionWorker.execute(() -> closeQuietly(started));
            return;
        }
        session.set(started);
        serverLabel.set(started.profile().serversForDisplay());
        historyLabel.set(started.historyLabel());
        historyDetail.set(started.historyDetail());
        phase.set(SessionPhase.RUNNING);
        pump = new SnapshotPump(started.tracker(), started::connectionState, update -> {
            if (ticket == generation) {
                fleet.apply(update);
            }
        }, fxThread);
        pump.start();
    }

    private void failed(String message, long ticket) {
        if (ticket == generation && !closing) {
            problem.set(message);
            phase.set(SessionPhase.FAILED);
        }
    }

    /** Lets go of the running monitor on the FX side; the caller closes it in the background. */
    private MonitorSession detach() {
        if (pump != null) {
            pump.close();
            pump = null;
        }
        MonitorSession previous = session.get();
        session.set(null);
        fleet.clear();
        selected.set(null);
        detailOpen.set(false);
        phase.set(SessionPhase.NONE);
        return previous;
    }

    private static void closeQuietly(MonitorSession previous) {
        if (previous == null) {
            return;
        }
        try {
            previous.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Stopping the previous monitor failed", e);
        }
    }
}
