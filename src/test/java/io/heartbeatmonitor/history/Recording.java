package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * A monitor without NATS for history tests: a real tracker on a fake clock, feeding a real
 * store on a real SQLite file. Heartbeats are applied as the NATS dispatcher would apply them.
 */
final class Recording implements AutoCloseable {

    static final String TENANT = "acme";
    static final PresenceSettings SETTINGS =
            new PresenceSettings(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(90));
    static final Metadata METADATA = new Metadata("Worker", "data_processor", List.of("process"));

    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();

    final FakeClock clock;
    final Path file;
    private final HistorySettings settings;
    PresenceTracker tracker;
    HistoryStore store;

    Recording(Path folder) throws Exception {
        this(folder.resolve("history.db"), new FakeClock(), HistorySettings.DEFAULTS);
    }

    Recording(Path file, FakeClock clock, HistorySettings settings) throws Exception {
        this.file = file;
        this.clock = clock;
        this.settings = settings;
        start();
    }

    /** Starts a monitor run: opens the store and connects. */
    void start() throws Exception {
        store = HistoryStore.open(file, null, settings, clock);
        tracker = new PresenceTracker(clock, SETTINGS);
        tracker.addListener(store.recorder());
        tracker.connectionChanged(ConnectionState.CONNECTED);
    }

    /** Stops the monitor run the way {@code Monitor.close()} does. */
    void stop() throws Exception {
        tracker.connectionChanged(ConnectionState.CLOSED);
        tracker.stop();
        store.close();
    }

    static ClientKey key(String client) {
        return new ClientKey(TENANT, client);
    }

    /** A heartbeat from {@code client} received now. */
    void heartbeat(String client, ClientStatus status, Metrics metrics, Metadata metadata) {
        Heartbeat heartbeat =
                new Heartbeat(key(client), clock.now(), "1.0.0", status, metrics, metadata);
        tracker.accept(heartbeat, ENCODER.encode(heartbeat));
    }

    /** A healthy heartbeat with these counters and no metadata. */
    void heartbeat(String client, long sent, long uptime) {
        heartbeat(client, ClientStatus.HEALTHY, new Metrics(sent, sent * 2, 0, uptime), null);
    }

    /** Lets time pass and has the tracker look for silent clients, as its ticker would. */
    void advance(Duration duration) {
        clock.advance(duration);
        tracker.tick();
    }

    void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    HistoryReader reader() throws HistoryException {
        return HistoryReader.open(file, clock);
    }

    /** The single number a query of the file returns, for waiting on in a lambda. */
    long number(String query) {
        try {
            return Sqlite.number(file, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        store.close();
    }
}
