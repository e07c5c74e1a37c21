package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.testing.RecordingListener;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import java.time.Duration;
import java.util.function.Function;

/**
 * A connected {@link PresenceTracker} on a {@link FakeClock}, with a {@link RecordingListener},
 * and the monitor's ticker simulated: while time passes, {@link PresenceTracker#tick()} runs
 * once a simulated second, as the app's ticker would.
 */
final class TrackerHarness {

    static final ClientKey KEY = new ClientKey("acme", "worker-7");
    static final ClientKey OTHER = new ClientKey("acme", "worker-8");

    private static final Duration TICK = Duration.ofSeconds(1);

    final FakeClock clock = new FakeClock();
    final RecordingListener events = new RecordingListener();
    final PresenceTracker tracker;

    private final HeartbeatEncoder encoder = new HeartbeatEncoder();

    /** With the protocol's default settings for every tenant. */
    TrackerHarness() {
        this(tenant -> PresenceSettings.DEFAULTS);
    }

    TrackerHarness(Function<String, PresenceSettings> settingsByTenant) {
        tracker = new PresenceTracker(clock, settingsByTenant);
        tracker.addListener(events);
        tracker.connectionChanged(ConnectionState.CONNECTED);
        events.clear();
    }

    /** A heartbeat of {@link #KEY}, stamped with the current time. */
    HeartbeatBuilder heartbeat() {
        return heartbeat(KEY);
    }

    HeartbeatBuilder heartbeat(ClientKey key) {
        return new HeartbeatBuilder(key, clock.now());
    }

    void receive(HeartbeatBuilder heartbeat) {
        Heartbeat built = heartbeat.build();
        tracker.accept(built, encoder.encode(built));
    }

    void receive(ClientStatus status) {
        receive(heartbeat().status(status));
    }

    /** Moves the clock forward, ticking once a second and once more at the very end. */
    void timePasses(Duration duration) {
        Duration left = duration;
        while (left.compareTo(TICK) > 0) {
            clock.advance(TICK);
            tracker.tick();
            left = left.minus(TICK);
        }
        clock.advance(left);
        tracker.tick();
    }

    void secondsPass(long seconds) {
        timePasses(Duration.ofSeconds(seconds));
    }

    ClientSnapshot snapshot(ClientKey key) {
        return tracker.snapshot(key).orElseThrow(() -> new AssertionError("no client " + key));
    }

    ClientSnapshot snapshot() {
        return snapshot(KEY);
    }

    PresenceState state(ClientKey key) {
        return snapshot(key).state();
    }

    PresenceState state() {
        return state(KEY);
    }
}
