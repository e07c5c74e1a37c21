package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the monitor since the previous hand-over to the FX thread.
 *
 * @param changed the clients that changed, each once, with their latest snapshot
 * @param accepted heartbeats accepted since the monitor started
 * @param rejected heartbeats rejected since the monitor started
 * @param staleSince since when the monitor has had no NATS connection; null while connected
 * @param connection the last reported connection state; null before the first report
 * @param takenNanos when this was taken, by {@link System#nanoTime()}
 */
public record FleetUpdate(
        List<ClientSnapshot> changed,
        long accepted,
        long rejected,
        Instant staleSince,
        ConnectionState connection,
        long takenNanos) {

    public FleetUpdate {
        changed = List.copyOf(changed);
    }

    /** This update followed by {@code later}: later snapshots and figures win. */
    FleetUpdate followedBy(FleetUpdate later) {
        if (changed.isEmpty()) {
            return later;
        }
        Map<ClientKey, ClientSnapshot> merged = new LinkedHashMap<>();
        changed.forEach(snapshot -> merged.put(snapshot.key(), snapshot));
        later.changed.forEach(snapshot -> merged.put(snapshot.key(), snapshot));
        return new FleetUpdate(List.copyOf(merged.values()), later.accepted, later.rejected, later.staleSince,
                later.connection, later.takenNanos);
    }
}
