package io.heartbeatmonitor.ui;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.model.FleetModel;
import io.heartbeatmonitor.ui.model.FleetUpdate;
import io.heartbeatmonitor.ui.model.StateCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Snapshots and items made by hand, for tests of views and view models without a monitor. */
public final class SampleClients {

    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private SampleClients() {
    }

    /** A client of tenant {@code acme} in {@code state}, with a name, type and version. */
    public static ClientSnapshot snapshot(String id, String name, PresenceState state, String type,
            String version, List<String> capabilities) {
        boolean seen = state != PresenceState.UNKNOWN;
        return new ClientSnapshot(new ClientKey("acme", id), state, NOW.minusSeconds(30),
                state == PresenceState.OFFLINE ? OfflineReason.TIMEOUT : null,
                seen ? ClientStatus.HEALTHY : null, seen ? NOW.minusSeconds(5) : null,
                seen ? new Metrics(10, 20, 0, 3600) : null, new Metadata(name, type, capabilities),
                seen ? version : null, seen ? Duration.ZERO : null, seen ? 5 : 0, 0, null, 0, null,
                state.isOnline() ? NOW.minusSeconds(60) : null);
    }

    /** A healthy client with a generated name, for crowds. */
    public static ClientSnapshot healthy(int number) {
        return snapshot(String.format("client-%05d", number), "Worker " + number, PresenceState.HEALTHY,
                "worker", "1.0.0", List.of("work"));
    }

    /** The items a fleet model makes of {@code snapshots}, in the order given. */
    public static List<ClientItem> items(List<ClientSnapshot> snapshots) {
        FleetModel fleet = new FleetModel();
        fleet.apply(new FleetUpdate(snapshots, 0, 0, null, null, 0));
        List<ClientItem> items = new ArrayList<>();
        snapshots.forEach(snapshot -> items.add(fleet.item(snapshot.key())));
        return items;
    }

    /** The counts per state that the window would show for {@code snapshots}. */
    public static StateCounts counts(List<ClientSnapshot> snapshots) {
        FleetModel fleet = new FleetModel();
        fleet.apply(new FleetUpdate(snapshots, 0, 0, null, null, 0));
        return fleet.getCounts();
    }

    /** {@code count} healthy items. */
    public static List<ClientItem> crowd(int count) {
        List<ClientSnapshot> snapshots = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            snapshots.add(healthy(i));
        }
        return items(snapshots);
    }
}
