package io.heartbeatmonitor.ui.session;

import io.heartbeatmonitor.app.DemoHistory;
import io.heartbeatmonitor.app.Monitor;
import io.heartbeatmonitor.app.MonitorLosses;
import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.HistoryStore;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.KnownClient;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.heartbeatmonitor.ui.history.ClientHistory;
import io.heartbeatmonitor.ui.history.LiveHistory;
import io.heartbeatmonitor.ui.history.StoredHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running monitor behind the window: the {@link Monitor}, its history and, in demo mode,
 * the local server with its simulated fleet. The history is the database the monitor records
 * into, read back for the detail; or, when the plan says so or the file cannot be opened, an
 * in-memory history of this session alone. Starting and closing block on the network, the disk
 * and processes, so both run on a background thread, never on the FX thread.
 */
public final class MonitorSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorSession.class);
    private static final int DEMO_ROSTER_ONLY = 2;
    /** Clients the history saw within this time are shown as unknown until they report. */
    private static final Duration ROSTER_FROM_HISTORY = Duration.ofDays(7);

    private final SessionSpec spec;
    private final ConnectionProfile profile;
    private final Monitor monitor;
    private final Instant startedAt;
    private final HistoryReader reader;
    private final LiveHistory live;
    private final ClientHistory history;
    private final String historyLabel;
    private final String historyDetail;
    private final Path demoHistoryFile;
    private final DemoEnvironment demo;
    private final ConnectionRecorder connection = new ConnectionRecorder();

    private MonitorSession(SessionSpec spec, ConnectionProfile profile, DemoEnvironment demo,
            HistoryPlan plan) {
        this.spec = spec;
        this.profile = profile;
        this.demo = demo;
        MonitorClock clock = MonitorClock.system();
        this.startedAt = clock.now();
        this.monitor = new Monitor(profile, spec.subjectFilter(), spec.settings(), clock);
        monitor.addListener(connection);
        Path file = plan.isInMemory() ? null
                : demo != null && plan.demoSeparate() ? DemoHistory.create() : plan.file();
        this.demoHistoryFile = file != null && !file.equals(plan.file()) ? file : null;
        HistoryReader opened = null;
        String label = "memory only";
        String detail = "History is kept in memory for this session only";
        if (file != null) {
            try {
                monitor.recordInto(HistoryStore.open(file, spec.tenant(), HistorySettings.DEFAULTS, clock));
                opened = HistoryReader.open(file, clock);
                label = demoHistoryFile != null ? "temporary" : file.getFileName().toString();
                detail = demoHistoryFile != null
                        ? "The demo records into " + file + ", deleted when it stops"
                        : "Recording into " + file;
            } catch (HistoryException e) {
                LOG.warn("Keeping this session's history in memory only: {}", e.getMessage());
                label = "memory only \u26a0";
                detail = "History is kept in memory only: " + e.getMessage();
            }
        }
        this.reader = opened;
        this.historyLabel = label;
        this.historyDetail = detail;
        if (reader != null) {
            this.live = null;
            this.history = new StoredHistory(reader);
        } else {
            this.live = new LiveHistory(clock);
            monitor.addListener(live);
            this.history = live;
        }
    }

    /**
     * Starts the demo environment if asked, opens the history, then starts the monitor. Blocks
     * until the monitor is connected or has made its first attempt.
     *
     * @throws IOException when the demo's nats-server is missing or does not start
     * @throws NatsSetupException when a secret file is unusable or the server refuses the login
     */
    public static MonitorSession start(SessionSpec spec, HistoryPlan plan)
            throws IOException, NatsSetupException, InterruptedException {
        DemoEnvironment demo = spec.isDemo() ? DemoEnvironment.start(spec.demoClients()) : null;
        MonitorSession session;
        try {
            session = new MonitorSession(spec, demo != null ? demo.profile() : spec.profile(), demo, plan);
        } catch (RuntimeException e) {
            if (demo != null) {
                demo.close();
            }
            throw e;
        }
        try {
            session.addRosterFromHistory();
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
     * Lets the clients the history saw lately appear at once, as unknown until they report, so
     * one that does not come back stands out instead of being missing from the view.
     */
    private void addRosterFromHistory() {
        if (reader == null) {
            return;
        }
        ClientFilter scope = spec.tenant() == null ? ClientFilter.all() : ClientFilter.tenant(spec.tenant());
        Instant since = startedAt.minus(ROSTER_FROM_HISTORY);
        try {
            for (KnownClient known : reader.clients(scope)) {
                if (known.lastSeen() != null && known.lastSeen().isAfter(since)) {
                    tracker().addKnown(known.key(), known.metadata());
                }
            }
        } catch (HistoryException e) {
            LOG.warn("The clients seen before are not shown until they report: {}", e.getMessage());
        }
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
        return startedAt;
    }

    /** Where the history goes, in a word or two: the file's name, or "memory only". */
    public String historyLabel() {
        return historyLabel;
    }

    /** Where the history goes in full: the file's path, or why it is kept in memory only. */
    public String historyDetail() {
        return historyDetail;
    }

    /**
     * What the monitor dropped or could not record since the session started. Any thread may ask,
     * the FX thread included: see {@link Monitor#losses()}.
     */
    public MonitorLosses losses() {
        return monitor.losses();
    }

    /** The last connection state the monitor reported; null before the first report. */
    public ConnectionState connectionState() {
        return connection.state;
    }

    /**
     * Stops the monitor (open sessions end as monitor-stopped, NATS is closed, the history store
     * is flushed and closed), then the history's reader, then the demo's fleet and server.
     */
    @Override
    public void close() throws InterruptedException {
        try {
            monitor.close();
            if (live != null) {
                live.close();
            }
            closeReader();
        } finally {
            if (demo != null) {
                demo.close();
            }
            DemoHistory.delete(demoHistoryFile);
        }
        LOG.info("Stopped watching {} on {}", spec.scopeLabel(), profile.serversForDisplay());
    }

    private void closeReader() {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (HistoryException e) {
            LOG.warn("Closing the history reader: {}", e.getMessage());
        }
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
