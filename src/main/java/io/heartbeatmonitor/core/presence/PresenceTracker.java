package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the presence of every client the monitor has heard of, by the rules of the protocol:
 * reported status while heartbeats come in time, late after the interval plus grace, offline
 * after the timeout or a {@code disconnecting} heartbeat.
 *
 * <p>Time is read from an injected {@link MonitorClock}; silence is measured on its monotonic
 * reading, never on the payload's timestamp. While the monitor has no NATS connection nothing
 * changes state, and after it reconnects silence is counted from the reconnect, so a client
 * goes offline only after one whole timeout without a heartbeat that the monitor could have seen.
 *
 * <p>Thread-safe: every public method takes the tracker's lock, and listeners are called under
 * it (see {@link MonitorListener}). Timeouts are found by {@link #tick()}, which the caller runs
 * periodically.
 */
public final class PresenceTracker {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceTracker.class);

    private final MonitorClock clock;
    private final Function<String, PresenceSettings> settingsByTenant;
    private final Map<ClientKey, ClientPresence> clients = new HashMap<>();
    private final List<ClientPresence> changedSinceDrain = new ArrayList<>();
    private final Map<PresenceSettings, SilenceQueue> silenceQueues = new HashMap<>();
    /** One String per tenant id, shared by the keys of all its clients. */
    private final Map<String, String> tenantIds = new HashMap<>();
    private final List<MonitorListener> listeners = new CopyOnWriteArrayList<>();

    private boolean connected;
    private long connectedSinceNanos;
    private Instant staleSince;
    private long accepted;
    private long rejected;

    /** A tracker that applies {@code settings} to every tenant. */
    public PresenceTracker(MonitorClock clock, PresenceSettings settings) {
        this(clock, tenant -> settings);
    }

    /**
     * A tracker with settings per tenant.
     *
     * @param settingsByTenant gives the settings of a tenant; called once per new client
     */
    public PresenceTracker(MonitorClock clock, Function<String, PresenceSettings> settingsByTenant) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settingsByTenant = Objects.requireNonNull(settingsByTenant, "settingsByTenant");
        this.staleSince = clock.now();
    }

    /** Adds a listener; it sees only events that happen after this call. */
    public void addListener(MonitorListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Registers a client known from history or a roster; it stays {@code unknown} until its first
     * heartbeat. Does nothing for a client the tracker already has.
     */
    public synchronized void addKnown(ClientKey key, Metadata metadata) {
        if (clients.containsKey(key)) {
            return;
        }
        ClientPresence client = newClient(key, clock.now());
        if (metadata != null) {
            client.metadata = metadata;
        }
        markChanged(client);
    }

    /** Applies one valid heartbeat, received now. */
    public synchronized void accept(Heartbeat heartbeat, byte[] payload) {
        long nanos = clock.nanoTime();
        Instant now = clock.now();
        accepted++;
        ClientPresence client = clients.get(heartbeat.key());
        if (client == null) {
            client = newClient(heartbeat.key(), now);
        }

        if (client.counters.showRestartIn(heartbeat.metrics())) {
            noteRestart(client, now);
        }
        client.record(heartbeat, nanos, now);

        if (heartbeat.status() == ClientStatus.DISCONNECTING) {
            if (client.hasOpenSession()) {
                client.countInSession(heartbeat.status());
                endSession(client, now, EndReason.DISCONNECTED);
            }
            changeState(client, PresenceState.OFFLINE, OfflineReason.DISCONNECTED, now);
        } else {
            if (client.hasOpenSession()) {
                client.countInSession(heartbeat.status());
            } else {
                client.openSession(now);
                client.countInSession(heartbeat.status());
                Session opened = client.currentSession(null, null);
                notifyListeners(listener -> listener.onSessionStarted(opened));
            }
            changeState(client, PresenceState.reported(heartbeat.status()), null, now);
        }
        if (client.state.isOnline()) {
            client.home.moveToEnd(client);
        } else {
            client.home.remove(client);
        }
        markChanged(client);
        // Listeners get the tracker's own instance of the key, which lives as long as the client:
        // what they keep, such as the history's queued events, then points at nothing new.
        Heartbeat told = heartbeat.withKey(client.key);
        notifyListeners(listener -> listener.onHeartbeat(told, payload, now));
    }

    /** Counts a rejected heartbeat against its client, when the subject names one. */
    public synchronized void reject(Rejection rejection, byte[] payload) {
        Instant now = clock.now();
        rejected++;
        if (rejection.key() != null) {
            ClientPresence client = clients.get(rejection.key());
            if (client == null) {
                client = newClient(rejection.key(), now);
            }
            client.rejected++;
            client.lastRejection = rejection.describe();
            markChanged(client);
        }
        notifyListeners(listener -> listener.onRejected(rejection, payload, now));
    }

    /**
     * Moves silent clients to late or offline. Call it periodically, more often than the
     * shortest grace, from one thread.
     */
    public synchronized void tick() {
        if (!connected) {
            return;
        }
        long nanos = clock.nanoTime();
        for (SilenceQueue queue : silenceQueues.values()) {
            tick(queue, nanos);
        }
    }

    /** Goes through the clients of one queue from the one heard from least recently. */
    private void tick(SilenceQueue queue, long nanos) {
        Instant now = null;
        ClientPresence client = queue.oldest();
        while (client != null) {
            ClientPresence next = queue.after(client);
            long silentSince = Math.max(client.lastSeenNanos, connectedSinceNanos);
            long silence = nanos - silentSince;
            if (silence >= client.settings.timeout().toNanos()) {
                now = now == null ? clock.now() : now;
                if (client.hasOpenSession()) {
                    endSession(client, now, EndReason.TIMEOUT);
                }
                changeState(client, PresenceState.OFFLINE, OfflineReason.TIMEOUT, now);
                queue.remove(client);
                markChanged(client);
            } else if (silence > client.settings.lateAfter().toNanos()) {
                if (client.state != PresenceState.LATE) {
                    now = now == null ? clock.now() : now;
                    changeState(client, PresenceState.LATE, null, now);
                    markChanged(client);
                }
            } else {
                // Everyone after it was heard from more recently still.
                return;
            }
            client = next;
        }
    }

    /**
     * Records a change of the monitor's own NATS connection. While it is down, no client changes
     * state; once it is up again, silence counts from that moment.
     */
    public synchronized void connectionChanged(ConnectionState state) {
        Instant now = clock.now();
        boolean up = state.isUp();
        if (up && !connected) {
            connectedSinceNanos = clock.nanoTime();
            staleSince = null;
        } else if (!up && connected) {
            staleSince = now;
        }
        connected = up;
        notifyListeners(listener -> listener.onConnection(state, now));
    }

    /**
     * Ends every open session with {@code monitor-stopped}; called once when the monitor shuts
     * down. Client states do not change: the monitor stopped watching, the clients did not leave.
     */
    public synchronized void stop() {
        Instant now = clock.now();
        for (ClientPresence client : clients.values()) {
            if (client.hasOpenSession()) {
                endSession(client, now, EndReason.MONITOR_STOPPED);
            }
        }
    }

    /** Since when the picture is stale because the monitor has no connection; empty while connected. */
    public synchronized Optional<Instant> staleSince() {
        return Optional.ofNullable(staleSince);
    }

    /** The current state of one client. */
    public synchronized Optional<ClientSnapshot> snapshot(ClientKey key) {
        ClientPresence client = clients.get(key);
        return client == null ? Optional.empty() : Optional.of(client.snapshot());
    }

    /** The current state of every client, in no particular order. */
    public synchronized List<ClientSnapshot> snapshotAll() {
        List<ClientSnapshot> all = new ArrayList<>(clients.size());
        for (ClientPresence client : clients.values()) {
            all.add(client.snapshot());
        }
        return all;
    }

    /**
     * The clients that changed since the previous call, each once, however often it changed.
     * Meant for one consumer that refreshes a view a few times a second.
     */
    public synchronized List<ClientSnapshot> drainChanged() {
        List<ClientSnapshot> changed = new ArrayList<>(changedSinceDrain.size());
        for (ClientPresence client : changedSinceDrain) {
            client.changed = false;
            changed.add(client.snapshot());
        }
        changedSinceDrain.clear();
        return changed;
    }

    /** How many clients the tracker knows. */
    public synchronized int size() {
        return clients.size();
    }

    /** Heartbeats accepted since start. */
    public synchronized long acceptedCount() {
        return accepted;
    }

    /** Heartbeats rejected since start. */
    public synchronized long rejectedCount() {
        return rejected;
    }

    private ClientPresence newClient(ClientKey key, Instant now) {
        // The key comes from a subject, with a tenant String of its own. Kept as it is, every client
        // would hold a copy of its tenant's id, and each heartbeat's lookup would read a copy far
        // away in memory instead of the one shared String, which stays in cache.
        String tenant = tenantIds.computeIfAbsent(key.tenant(), id -> id);
        ClientKey own = tenant == key.tenant() ? key : new ClientKey(tenant, key.client());
        PresenceSettings settings = settingsByTenant.apply(tenant);
        SilenceQueue home = silenceQueues.computeIfAbsent(settings, unused -> new SilenceQueue());
        ClientPresence client = new ClientPresence(own, settings, home, now);
        clients.put(own, client);
        return client;
    }

    private void noteRestart(ClientPresence client, Instant now) {
        client.restarts++;
        client.lastRestart = now;
        if (client.hasOpenSession()) {
            endSession(client, now, EndReason.RESTART);
        }
        LOG.debug("Client {} restarted: its counters went down", client.key);
    }

    private void endSession(ClientPresence client, Instant now, EndReason reason) {
        Session ended = client.closeSession(now, reason);
        notifyListeners(listener -> listener.onSessionEnded(ended));
    }

    private void changeState(ClientPresence client, PresenceState state, OfflineReason reason, Instant now) {
        PresenceState previous = client.state;
        if (previous == state && client.offlineReason == reason) {
            return;
        }
        client.state = state;
        client.offlineReason = reason;
        client.stateSince = now;
        PresenceChange change = new PresenceChange(client.key, now, previous, state, reason);
        LOG.debug("Client {} is now {} (was {})", client.key, state.wireName(), previous.wireName());
        notifyListeners(listener -> listener.onPresenceChange(change));
    }

    private void markChanged(ClientPresence client) {
        if (!client.changed) {
            client.changed = true;
            changedSinceDrain.add(client);
        }
    }

    private void notifyListeners(Consumer<MonitorListener> event) {
        for (MonitorListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.error("A monitor listener failed; the tracker carries on", e);
            }
        }
    }
}
