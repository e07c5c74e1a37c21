package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.EndReason;
import io.heartbeatmonitor.core.presence.OfflineReason;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.core.presence.Session;
import io.heartbeatmonitor.history.db.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A month of history of 1,000 clients for the query benchmark, recorded through the real
 * recorder and writer: ten monitor runs of three days with an hour's gap between them, every
 * client dropping out for five minutes every six hours (120 sessions each), an hourly
 * heartbeat for the older days and one a minute for the last 48 hours.
 *
 * <p>It takes a minute to build, so it is kept in {@code target/} and reused while the schema
 * stays the same.
 */
final class QueryFixture {

    static final String TENANT = "bench";
    static final int CLIENTS = 1_000;
    static final Instant END = Instant.parse("2026-03-04T10:00:00Z");
    static final Duration MONTH = Duration.ofDays(30);

    private static final Duration RUN = Duration.ofDays(3);
    private static final Duration GAP = Duration.ofHours(1);
    private static final Duration SESSION_EVERY = Duration.ofHours(6);
    private static final Duration DROP_OUT = Duration.ofMinutes(5);
    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();
    /** Raw payloads do not matter to the queries measured, and would make the build slow. */
    private static final HistorySettings SETTINGS = new HistorySettings(Retention.DEFAULTS, 32_768,
            Duration.ofDays(1), 5, 4096, 4_000, Duration.ofSeconds(5), Duration.ofDays(365), 0);

    private final FakeClock clock = new FakeClock(END.minus(MONTH));
    private HistoryRecorder recorder;

    private QueryFixture() {
    }

    /** The fixture file, built first when missing. */
    static Path file() throws Exception {
        Path file = Path.of("target", "bench", "history-query-v" + Schema.CURRENT_VERSION + ".db");
        if (!Files.exists(file)) {
            Path building = file.resolveSibling("building-" + file.getFileName());
            Files.deleteIfExists(building);
            new QueryFixture().build(building);
            Files.move(building, file);
        }
        return file;
    }

    static ClientKey key(int client) {
        return new ClientKey(TENANT, String.format("client-%04d", client));
    }

    private void build(Path file) throws Exception {
        while (clock.now().isBefore(END)) {
            HistoryStore store = HistoryStore.open(file, TENANT, SETTINGS, clock);
            recorder = store.recorder();
            recorder.onConnection(ConnectionState.CONNECTED, clock.now());
            Instant runEnd = min(clock.now().plus(RUN).minus(GAP), END);
            recordRun(store, runEnd);
            recorder.onConnection(ConnectionState.CLOSED, clock.now());
            store.close();
            clock.advance(GAP);
        }
    }

    private void recordRun(HistoryStore store, Instant runEnd) throws Exception {
        Instant runStart = clock.now();
        Instant[] sessionStart = new Instant[CLIENTS];
        long minute = 0;
        while (clock.now().isBefore(runEnd)) {
            Instant now = clock.now();
            long intoCycle = Duration.between(runStart, now).toMinutes() % SESSION_EVERY.toMinutes();
            boolean everyMinute = !now.isBefore(END.minus(Duration.ofHours(48)));
            for (int client = 0; client < CLIENTS; client++) {
                if (intoCycle == 0) {
                    sessionStart[client] = startSession(client, now);
                } else if (intoCycle == SESSION_EVERY.minus(DROP_OUT).toMinutes()) {
                    endSession(client, sessionStart[client], now, EndReason.TIMEOUT);
                    sessionStart[client] = null;
                }
                if (sessionStart[client] != null && (everyMinute || minute % 60 == 0)) {
                    heartbeat(client, now, minute);
                }
            }
            minute++;
            clock.advance(Duration.ofMinutes(1));
            if (minute % (everyMinute ? 10 : 60) == 0) {
                store.flush();
            }
        }
        for (int client = 0; client < CLIENTS; client++) {
            if (sessionStart[client] != null) {
                endSession(client, sessionStart[client], clock.now(), EndReason.MONITOR_STOPPED);
            }
        }
    }

    private Instant startSession(int client, Instant now) {
        recorder.onSessionStarted(
                new Session(key(client), now, null, null, 1, ClientStatus.HEALTHY, "1.0.0"));
        recorder.onPresenceChange(new PresenceChange(key(client), now, PresenceState.OFFLINE,
                PresenceState.HEALTHY, null));
        return now;
    }

    private void endSession(int client, Instant start, Instant now, EndReason reason) {
        recorder.onSessionEnded(
                new Session(key(client), start, now, reason, 100, ClientStatus.HEALTHY, "1.0.0"));
        if (reason == EndReason.TIMEOUT) {
            recorder.onPresenceChange(new PresenceChange(key(client), now, PresenceState.LATE,
                    PresenceState.OFFLINE, OfflineReason.TIMEOUT));
        }
    }

    private void heartbeat(int client, Instant now, long minute) {
        Metrics metrics = new Metrics(minute * 30 + client, minute * 90, minute / 97, minute * 60);
        Heartbeat heartbeat =
                new Heartbeat(key(client), now, "1.0.0", ClientStatus.HEALTHY, metrics, null);
        recorder.onHeartbeat(heartbeat, ENCODER.encode(heartbeat), now);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
