package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.history.CounterGrowth;
import io.heartbeatmonitor.ui.history.MinuteBuckets;
import io.heartbeatmonitor.ui.history.MinuteMetrics;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One client as the window shows it: its latest snapshot, what is derived from it for search
 * and sorting, and its live per-minute counters. Plain fields rather than JavaFX properties, so
 * that five thousand of them stay cheap to sort and filter; views are told to refresh after each
 * update instead.
 *
 * <p>Threading: FX thread only.
 */
public final class ClientItem {

    /** How many minutes of live counters each client keeps for its chart. */
    public static final int LIVE_MINUTES = 60;

    private final MinuteBuckets liveMinutes = new MinuteBuckets(LIVE_MINUTES);
    private ClientSnapshot snapshot;
    private String name;
    private String sortName;
    private String searchText;
    private int problemRank;
    private long updates;
    // The hand-over that last changed or moved the item, by the fleet's revision: a stamp on the
    // item answers "did it change" without a set of keys built and searched every hand-over.
    private long changedIn = -1;
    private long movedIn = -1;

    ClientItem(ClientSnapshot first) {
        snapshot = Objects.requireNonNull(first, "first");
        if (first.lastSeen() != null) {
            liveMinutes.add(first.lastSeen(), CounterGrowth.NONE);
        }
        derive();
    }

    /**
     * Takes a newer snapshot, adding the growth of its counters to the live minutes.
     *
     * @return whether anything changed that filters or the orders other than by last heartbeat
     *         look at; most heartbeats change nothing of that, and the list then keeps its order
     */
    boolean update(ClientSnapshot next) {
        if (next.lastSeen() != null && !next.lastSeen().equals(snapshot.lastSeen())) {
            boolean restarted = next.restarts() > snapshot.restarts();
            CounterGrowth growth = CounterGrowth.between(snapshot.metrics(), next.metrics(), restarted);
            liveMinutes.add(next.lastSeen(), growth);
        }
        boolean reorders = next.state() != snapshot.state()
                || next.offlineReason() != snapshot.offlineReason()
                || (next.rejected() > 0) != (snapshot.rejected() > 0)
                || !Objects.equals(next.version(), snapshot.version())
                || !next.metadata().equals(snapshot.metadata());
        snapshot = next;
        updates++;
        if (reorders) {
            derive();
        }
        return reorders;
    }

    public ClientKey key() {
        return snapshot.key();
    }

    public ClientSnapshot snapshot() {
        return snapshot;
    }

    public PresenceState state() {
        return snapshot.state();
    }

    /** The reported name, or the client id when it reported none. */
    public String name() {
        return name;
    }

    /** The reported type, or null. */
    public String type() {
        return snapshot.metadata().type();
    }

    /** The name in lower case, for sorting by name. */
    String sortName() {
        return sortName;
    }

    /** Where the client stands among problems, kept so that sorting reads one field. */
    int problemRank() {
        return problemRank;
    }

    /** Lower-case name, client id and tenant, for matching search words. */
    String searchText() {
        return searchText;
    }

    /** How many snapshots replaced the first; changes whenever the item does. */
    public long updates() {
        return updates;
    }

    /** Whether the hand-over that made {@code revision} changed this client. */
    public boolean changedIn(long revision) {
        return changedIn == revision;
    }

    /** Whether the hand-over that made {@code revision} moved it (see {@link FleetModel#lastMoved}). */
    public boolean movedIn(long revision) {
        return movedIn == revision;
    }

    void stampChanged(long revision) {
        changedIn = revision;
    }

    void stampMoved(long revision) {
        movedIn = revision;
    }

    /** Per-minute growth of its counters seen since the window began watching it. */
    public List<MinuteMetrics> liveMinutes(Instant from, Instant to) {
        return liveMinutes.between(from, to);
    }

    private void derive() {
        name = snapshot.displayName();
        sortName = name.toLowerCase(Locale.ROOT);
        searchText = (name + " " + snapshot.key().client() + " " + snapshot.key().tenant())
                .toLowerCase(Locale.ROOT);
        problemRank = ClientSort.problemRank(snapshot);
    }
}
