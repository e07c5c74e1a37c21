package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Everything the window knows of the fleet, fed by {@link SnapshotPump} hand-overs: one
 * {@link ClientItem} per client, counts per state, rates and the connection's state.
 *
 * <p>Threading: FX thread only, like every JavaFX property.
 */
public final class FleetModel {

    private final Map<ClientKey, ClientItem> items = new HashMap<>();
    private final RateMeter heartbeatRate = new RateMeter();
    private final TreeSet<String> typeSet = new TreeSet<>();
    private final TreeSet<String> capabilitySet = new TreeSet<>();
    private final TreeSet<String> versionSet = new TreeSet<>();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final ObservableList<String> capabilities = FXCollections.observableArrayList();
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    // The read-only views are kept: one made per call would listen to its list only weakly and
    // stop passing changes on once the garbage collector took it.
    private final ObservableList<String> typesView = readOnly(types);
    private final ObservableList<String> capabilitiesView = readOnly(capabilities);
    private final ObservableList<String> versionsView = readOnly(versions);

    private final ReadOnlyObjectWrapper<StateCounts> counts =
            new ReadOnlyObjectWrapper<>(this, "counts", StateCounts.NONE);
    private final ReadOnlyDoubleWrapper heartbeatsPerSecond =
            new ReadOnlyDoubleWrapper(this, "heartbeatsPerSecond");
    private final ReadOnlyLongWrapper accepted = new ReadOnlyLongWrapper(this, "accepted");
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper(this, "rejected");
    private final ReadOnlyObjectWrapper<Instant> staleSince = new ReadOnlyObjectWrapper<>(this, "staleSince");
    private final ReadOnlyObjectWrapper<ConnectionState> connection =
            new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** Clients per state, kept as hand-overs come rather than counted over every client. */
    private final int[] stateCounts = new int[PresenceState.values().length];
    private int lastChangedCount;
    private List<ClientItem> lastMoved = List.of();
    private boolean lastReset;

    /** Applies one hand-over, then bumps {@link #revisionProperty()} so that views refresh. */
    public void apply(FleetUpdate update) {
        long next = revision.get() + 1;
        List<ClientItem> moved = new ArrayList<>();
        boolean newOptions = false;
        for (ClientSnapshot snapshot : update.changed()) {
            ClientItem item = items.get(snapshot.key());
            boolean reordered;
            if (item == null) {
                item = new ClientItem(snapshot);
                items.put(snapshot.key(), item);
                stateCounts[snapshot.state().ordinal()]++;
                reordered = true;
            } else {
                stateCounts[item.state().ordinal()]--;
                reordered = item.update(snapshot);
                stateCounts[item.state().ordinal()]++;
            }
            item.stampChanged(next);
            if (reordered && !item.movedIn(next)) {
                item.stampMoved(next);
                moved.add(item);
                // Type, capabilities and version only change along with what reorders.
                newOptions |= learnOptions(snapshot);
            }
        }
        lastChangedCount = update.changed().size();
        lastMoved = Collections.unmodifiableList(moved);
        lastReset = false;
        if (lastChangedCount > 0) {
            counts.set(StateCounts.of(stateCounts));
        }
        if (newOptions) {
            publishOptions();
        }
        heartbeatsPerSecond.set(heartbeatRate.add(update.takenNanos(), update.accepted()));
        accepted.set(update.accepted());
        rejected.set(update.rejected());
        staleSince.set(update.staleSince());
        connection.set(update.connection());
        revision.set(next);
    }

    /** Forgets every client, for a new connection. */
    public void clear() {
        items.clear();
        Arrays.fill(stateCounts, 0);
        heartbeatRate.clear();
        typeSet.clear();
        capabilitySet.clear();
        versionSet.clear();
        publishOptions();
        lastChangedCount = 0;
        lastMoved = List.of();
        lastReset = true;
        counts.set(StateCounts.NONE);
        heartbeatsPerSecond.set(0);
        accepted.set(0);
        rejected.set(0);
        staleSince.set(null);
        connection.set(null);
        revision.set(revision.get() + 1);
    }

    /** Every client, in no particular order; a live view, do not keep it. */
    public Collection<ClientItem> items() {
        return Collections.unmodifiableCollection(items.values());
    }

    /** The client with {@code key}, or null. */
    public ClientItem item(ClientKey key) {
        return key == null ? null : items.get(key);
    }

    /** Whether the last hand-over changed the client with {@code key}. */
    public boolean changedLast(ClientKey key) {
        ClientItem item = item(key);
        return item != null && item.changedIn(revision.get());
    }

    /** Whether the last hand-over changed any client. */
    public boolean anyChangedLast() {
        return lastChangedCount > 0;
    }

    /**
     * The clients that the last hand-over brought or changed in what filters and orders look at
     * (state, name, type, version ...), each once; a heartbeat that changed only counters and
     * times does not move a client. {@link #movedLast} tells whether one item is among them.
     */
    public List<ClientItem> lastMoved() {
        return lastMoved;
    }

    /** Whether {@code item} is one of {@link #lastMoved()}. */
    public boolean movedLast(ClientItem item) {
        return item.movedIn(revision.get());
    }

    /** Whether the last change forgot every client, so that every view starts again. */
    public boolean lastWasReset() {
        return lastReset;
    }

    /** Every reported type, sorted. */
    public ObservableList<String> types() {
        return typesView;
    }

    /** Every reported capability, sorted. */
    public ObservableList<String> capabilities() {
        return capabilitiesView;
    }

    /** Every reported version, sorted. */
    public ObservableList<String> versions() {
        return versionsView;
    }

    public ReadOnlyObjectProperty<StateCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public StateCounts getCounts() {
        return counts.get();
    }

    public ReadOnlyDoubleProperty heartbeatsPerSecondProperty() {
        return heartbeatsPerSecond.getReadOnlyProperty();
    }

    public double getHeartbeatsPerSecond() {
        return heartbeatsPerSecond.get();
    }

    public ReadOnlyLongProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public long getAccepted() {
        return accepted.get();
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public long getRejected() {
        return rejected.get();
    }

    /** Since when the picture is stale; null while the monitor is connected. */
    public ReadOnlyObjectProperty<Instant> staleSinceProperty() {
        return staleSince.getReadOnlyProperty();
    }

    public Instant getStaleSince() {
        return staleSince.get();
    }

    /** The monitor's last reported connection state; null before the first report. */
    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ConnectionState getConnection() {
        return connection.get();
    }

    /** Counts hand-overs applied; listen to it to refresh after each. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long getRevision() {
        return revision.get();
    }

    private boolean learnOptions(ClientSnapshot snapshot) {
        boolean learned = false;
        if (snapshot.metadata().type() != null) {
            learned |= typeSet.add(snapshot.metadata().type());
        }
        learned |= capabilitySet.addAll(snapshot.metadata().capabilities());
        if (snapshot.version() != null) {
            learned |= versionSet.add(snapshot.version());
        }
        return learned;
    }

    private static ObservableList<String> readOnly(ObservableList<String> list) {
        return FXCollections.unmodifiableObservableList(list);
    }

    private void publishOptions() {
        types.setAll(typeSet);
        capabilities.setAll(capabilitySet);
        versions.setAll(versionSet);
    }
}
