package io.heartbeatmonitor.ui.session;

import io.heartbeatmonitor.app.Monitor;
import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.heartbeatmonitor.ui.history.ClientHistory;
import io.heartbeatmonitor.ui.history.LiveHistory;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running monitor behind the window: the {@link Monitor}, its in-memory history and, in demo
 * mode, the local server with its simulated fleet. Starting and closing block on the network and
 * on processes, so both run on a background thread, never on the FX thread.
 */
public final class MonitorSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorSession.class);
    private static final int DEMO_ROSTER_ONLY = 2;

    private final SessionSpec spec;
    private final ConnectionProfile profile;
    private final Monitor monitor;
    private final LiveHistory history;
    private final DemoEnvironment demo;
    private final ConnectionRecorder connection = new ConnectionRecorder();

    private MonitorSession(SessionSpec spec, ConnectionProfile profile, DemoEnvironment demo) {
        this.spec = spec;
        this.profile = profile;
        this.demo = demo;
        MonitorClock clock = MonitorClock.system();
        this.monitor = new Monitor(profile, spec.subjectFilter(), spec.settings(), clock);
        this.history = new LiveHistory(clock);
        monitor.addListener(history);
        monitor.addListener(connection);
    }

    /**
     * Starts the demo environment if asked, then the monitor. Blocks until the monitor is
     * connected or has made its first attempt.
     *
     * @throws IOException when the demo's nats-server is missing or does not start
     * @throws NatsSetupException when a secret file is unusable or the server refuses the login
     */
    public static MonitorSession start(SessionSpec spec)
            throws IOException, NatsSetupException, InterruptedException {
        DemoEnvironment demo = spec.isDemo() ? DemoEnvironment.start(spec.demoClients()) : null;
        MonitorSession session;
        try {
            session = new MonitorSession(spec, demo != null ? demo.profile() : spec.profile(), demo);
        } catch (RuntimeException e) {
            if (demo != null) {
                demo.close();
            }
            throw e;
        }
        try {
            session.monitor.start();
        } catch (NatsSetupException | InterruptedException | RuntimeException e) {
            session.close();
            throw e;
        }
        if (demo != null) {
            addDemoRoster(session.tracker(), spec.demoClients());
            demo.startFleet();
        }
        return session;
    }

    /**
     * Registers two clients that the demo's roster expects but the simulator never starts, so the
     * demo shows the {@code unknown} state too, as a real roster or history would.
     */
    private static void addDemoRoster(PresenceTracker tracker, int fleetSize) {
        for (int extra = 1; extra <= DEMO_ROSTER_ONLY; extra++) {
            String id = String.format("client-%03d", fleetSize + extra);
            Metadata roster = new Metadata("Archive Worker " + extra, "archive_worker", List.of("archive"));
            tracker.addKnown(new ClientKey(DemoEnvironment.TENANT, id), roster);
        }
    }

    public SessionSpec spec() {
        return spec;
    }

    /** The profile in use; for the demo, the one of its local server. */
    public ConnectionProfile profile() {
        return profile;
    }

    public PresenceTracker tracker() {
        return monitor.tracker();
    }

    public ClientHistory history() {
        return history;
    }

    /** When the session began watching. */
    public Instant startedAt() {
        return history.startedAt();
    }

    /** The last connection state the monitor reported; null before the first report. */
    public ConnectionState connectionState() {
        return connection.state;
    }

    /**
     * Stops the monitor (open sessions end as monitor-stopped, NATS is closed), then the history,
     * then the demo's fleet and server.
     */
    @Override
    public void close() throws InterruptedException {
        try {
            monitor.close();
            history.close();
        } finally {
            if (demo != null) {
                demo.close();
            }
        }
        LOG.info("Stopped watching {} on {}", spec.scopeLabel(), profile.serversForDisplay());
    }

    /** Keeps the last connection state; called under the tracker's lock, so it only stores it. */
    private static final class ConnectionRecorder implements MonitorListener {
        private volatile ConnectionState state;

        @Override
        public void onConnection(ConnectionState newState, Instant at) {
            state = newState;
        }
    }
}
