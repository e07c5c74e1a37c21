package io.heartbeatmonitor.core.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Many clients heard in random order: after every tick each one is in the state its own last
 * heartbeat gives, whoever else was heard before or after it. The tracker only looks at the
 * clients heard from least recently, so this checks that the order it keeps is the real one.
 */
class PresenceTrackerFleetTest {

    private static final int CLIENTS = 300;
    private static final PresenceSettings SETTINGS = PresenceSettings.DEFAULTS;

    @Test
    void everyClientIsInTheStateItsOwnLastHeartbeatGives() {
        for (long seed = 1; seed <= 5; seed++) {
            checkFleet(new Random(seed));
        }
    }

    private static void checkFleet(Random random) {
        TrackerHarness monitor = new TrackerHarness();
        ClientKey[] keys = new ClientKey[CLIENTS];
        long[] lastHeardMs = new long[CLIENTS];
        boolean[] leftGracefully = new boolean[CLIENTS];
        boolean[] heard = new boolean[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            keys[i] = new ClientKey("fleet", "client-" + i);
        }

        long nowMs = 0;
        for (int step = 0; step < 400; step++) {
            int count = random.nextInt(CLIENTS / 10);
            for (int j = 0; j < count; j++) {
                int i = random.nextInt(CLIENTS);
                boolean leaving = random.nextInt(40) == 0;
                monitor.receive(monitor.heartbeat(keys[i])
                        .status(leaving ? ClientStatus.DISCONNECTING : ClientStatus.HEALTHY));
                lastHeardMs[i] = nowMs;
                leftGracefully[i] = leaving;
                heard[i] = true;
            }
            long passMs = 1 + random.nextInt(4_000);
            monitor.timePasses(Duration.ofMillis(passMs));
            nowMs += passMs;

            for (int i = 0; i < CLIENTS; i++) {
                if (heard[i]) {
                    assertEquals(expected(nowMs - lastHeardMs[i], leftGracefully[i]), monitor.state(keys[i]),
                            "client " + i + " at step " + step);
                }
            }
        }
    }

    /** The state the protocol gives a client silent for {@code silenceMs} since its last heartbeat. */
    private static PresenceState expected(long silenceMs, boolean saidDisconnecting) {
        if (saidDisconnecting || silenceMs >= SETTINGS.timeout().toMillis()) {
            return PresenceState.OFFLINE;
        }
        return silenceMs > SETTINGS.lateAfter().toMillis() ? PresenceState.LATE : PresenceState.HEALTHY;
    }
}
