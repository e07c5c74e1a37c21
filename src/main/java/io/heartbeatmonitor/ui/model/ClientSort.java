package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.OfflineReason;
import java.time.Instant;
import java.util.Comparator;

/** The orders the grid offers. Ties are broken by name, then id, so tiles do not swap places. */
public enum ClientSort {
    /** The worst first: unhealthy, timed out, late, degraded, then the rest. */
    PROBLEMS_FIRST("Problems first", Comparator.comparingInt(ClientItem::problemRank)),
    NAME("Name", (a, b) -> 0),
    /** Grouped by state, from healthy to unknown. */
    STATE("State", Comparator.comparing(ClientItem::state)),
    /** The longest silent first; clients never heard of lead. */
    LAST_SEEN("Longest silent first", Comparator.comparing(ClientSort::lastSeen,
            Comparator.nullsFirst(Comparator.naturalOrder())));

    private final String label;
    private final Comparator<ClientItem> order;

    ClientSort(String label, Comparator<ClientItem> first) {
        this.label = label;
        this.order = first.thenComparing(Ties.BY_NAME);
    }

    /** The order of the items. */
    public Comparator<ClientItem> comparator() {
        return order;
    }

    /** Whether every heartbeat can move a client in this order, not only changes of state. */
    public boolean followsEveryHeartbeat() {
        return this == LAST_SEEN;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * Lower is worse. A client that timed out is a problem; one that said goodbye is not, so it
     * comes after those that still run but struggle.
     */
    static int problemRank(ClientSnapshot snapshot) {
        return switch (snapshot.state()) {
            case UNHEALTHY -> 0;
            case OFFLINE -> snapshot.offlineReason() == OfflineReason.DISCONNECTED ? 4 : 1;
            case LATE -> 2;
            case DEGRADED -> 3;
            case UNKNOWN -> 5;
            case HEALTHY -> snapshot.rejected() > 0 ? 6 : 7;
        };
    }

    private static Instant lastSeen(ClientItem item) {
        return item.snapshot().lastSeen();
    }

    /** A holder, because the enum's constants are built before its own static fields. */
    private static final class Ties {
        static final Comparator<ClientItem> BY_NAME = Comparator
                .comparing(ClientItem::sortName)
                .thenComparing(ClientItem::key);
    }
}
