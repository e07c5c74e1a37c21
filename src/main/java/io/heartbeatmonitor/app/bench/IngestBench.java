package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.app.Monitor;
import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistorySettings;
import io.heartbeatmonitor.history.HistoryStats;
import io.heartbeatmonitor.history.HistoryStore;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsSetupException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The ingest benchmark's set-up, all on this machine: a nats-server on loopback, the light
 * publisher, the counting subscriber and the monitor's full ingest path (parsing, tracker,
 * sessions, and the history store in a temporary folder), side by side on the same subject so
 * that every round measures both under the same load.
 */
final class IngestBench implements AutoCloseable {

    static final String TENANT = "bench";
    private static final List<String> MONITOR_THREADS =
            List.of("heartbeat-monitor:", "presence-ticker", "history-writer");
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofMillis(300);

    private final LocalNatsServer server;
    private final LightPublisher publisher;
    private final BareSubscriber bare;
    private final Monitor monitor;
    private final long heapBeforeMonitor;
    private final Path historyFolder;

    IngestBench(int clients) throws IOException, NatsSetupException, InterruptedException {
        server = LocalNatsServer.start();
        publisher = new LightPublisher("127.0.0.1", server.port(), TENANT, clients);
        String subject = HeartbeatSubject.tenantFilter(TENANT);
        bare = new BareSubscriber(server.url(), subject);
        heapBeforeMonitor = heapAfterFullGc();
        // Generous timings: the benchmark measures ingest, not clients timing out between rounds.
        PresenceSettings settings = new PresenceSettings(Duration.ofMinutes(10), Duration.ofMinutes(1),
                Duration.ofMinutes(30));
        monitor = new Monitor(ConnectionProfile.plain(server.url()), subject, settings, MonitorClock.system());
        historyFolder = Files.createTempDirectory("heartbeat-bench");
        try {
            monitor.recordInto(HistoryStore.open(historyFolder.resolve("history.db"), TENANT,
                    HistorySettings.DEFAULTS, MonitorClock.system()));
        } catch (HistoryException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Starts the monitor; listeners must be added before. */
    void start() throws NatsSetupException, InterruptedException {
        monitor.start();
    }

    /** Lets the monitor run alone from now on: the counting subscriber unsubscribes. */
    void leaveMonitorAlone() throws NatsSetupException, InterruptedException {
        bare.leave();
    }

    Monitor monitor() {
        return monitor;
    }

    LightPublisher publisher() {
        return publisher;
    }

    int payloadBytes() {
        return publisher.payloadBytes();
    }

    /**
     * Publishes for {@code length} at {@code perSecond} (0 for flat out), waits until both
     * subscribers have taken in what they will, and reports the difference of the counters.
     */
    RoundResult round(String name, long perSecond, Duration length) throws IOException {
        PresenceTracker tracker = monitor.tracker();
        long published0 = publisher.published();
        long bare0 = bare.received();
        long bareDropped0 = bare.dropped();
        long monitor0 = tracker.acceptedCount() + tracker.rejectedCount();
        long monitorDropped0 = monitor.connection().droppedCount();
        long bareCpu0 = ThreadCpu.nanos(List.of(BareSubscriber.THREAD_PREFIX));
        long monitorCpu0 = ThreadCpu.nanos(MONITOR_THREADS);
        HistoryStats history0 = history();
        long start = System.nanoTime();

        publisher.run(perSecond, start + length.toNanos());
        long lastActivity = awaitQuiet();

        // Ends when the last message was taken in, not when the counters were last looked at.
        double seconds = Math.max(length.toNanos(), lastActivity - start) / 1e9;
        HistoryStats history = history();
        return new RoundResult(name, perSecond, seconds, bare.subscribed(),
                publisher.published() - published0,
                bare.received() - bare0,
                bare.dropped() - bareDropped0,
                tracker.acceptedCount() + tracker.rejectedCount() - monitor0,
                monitor.connection().droppedCount() - monitorDropped0,
                ThreadCpu.nanos(List.of(BareSubscriber.THREAD_PREFIX)) - bareCpu0,
                ThreadCpu.nanos(MONITOR_THREADS) - monitorCpu0,
                history.accepted() - history0.accepted(),
                history.dropped() - history0.dropped());
    }

    /** Heap the monitor retains, per tracked client, measured after a full collection. */
    double retainedBytesPerClient() {
        int clients = monitor.tracker().size();
        return clients == 0 ? 0 : (double) (heapAfterFullGc() - heapBeforeMonitor) / clients;
    }

    static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            LockSupport.parkNanos(50_000_000L);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Waits until both subscribers have nothing pending and their counters stood still for a
     * moment, or gives up; what is then missing was lost at the server (a slow consumer).
     *
     * @return when the counters last moved
     */
    private long awaitQuiet() {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        long lastTotal = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            PresenceTracker tracker = monitor.tracker();
            long total = bare.received() + bare.dropped() + tracker.acceptedCount() + tracker.rejectedCount()
                    + monitor.connection().droppedCount();
            boolean idle = bare.pending() == 0 && monitor.connection().pendingCount() == 0
                    && history().queued() == 0;
            if (total != lastTotal || !idle) {
                lastTotal = total;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                return quietSince;
            }
            LockSupport.parkNanos(5_000_000L);
        }
        return quietSince;
    }

    private HistoryStats history() {
        return monitor.history().orElseThrow().stats();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        publisher.close();
        bare.close();
        monitor.close();
        server.close();
        try (var files = Files.list(historyFolder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(historyFolder);
    }
}
