package io.heartbeatmonitor.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.MonitorClock;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The other process of {@link ChildJvm}: {@code hold FILE} keeps the file open for writing
 * until its standard input closes; {@code crash FILE} records as fast as it can until it is
 * killed. Both print "ready" once the file is theirs and the first records are committed.
 */
public final class HistoryChild {

    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();
    private static final int CLIENTS = 200;

    private HistoryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        HistoryStore store = HistoryStore.open(file, "acme", HistorySettings.DEFAULTS,
                MonitorClock.system());
        PresenceTracker tracker = new PresenceTracker(MonitorClock.system(), PresenceSettings.DEFAULTS);
        tracker.addListener(store.recorder());
        tracker.connectionChanged(ConnectionState.CONNECTED);
        sendRound(tracker, 1);
        store.flush();
        System.out.println("ready");
        System.out.flush();
        if (args[0].equals("hold")) {
            holdUntilInputCloses();
            tracker.stop();
            store.close();
        } else {
            recordUntilKilled(tracker);
        }
    }

    private static void holdUntilInputCloses() throws IOException {
        while (System.in.read() >= 0) {
            continue;
        }
    }

    private static void recordUntilKilled(PresenceTracker tracker) {
        for (long round = 2; ; round++) {
            sendRound(tracker, round);
        }
    }

    /** One heartbeat per client; every seventh round the odd clients restart, ending a session. */
    private static void sendRound(PresenceTracker tracker, long round) {
        for (int i = 0; i < CLIENTS; i++) {
            boolean restarts = round % 7 == 0 && i % 2 == 1;
            long counter = restarts ? 0 : round * 10;
            Heartbeat heartbeat = new Heartbeat(new ClientKey("acme", "client-" + i),
                    MonitorClock.system().now(), "1.0.0", ClientStatus.HEALTHY,
                    new Metrics(counter, counter, 0, restarts ? 0 : round), null);
            tracker.accept(heartbeat, ENCODER.encode(heartbeat));
        }
    }
}
