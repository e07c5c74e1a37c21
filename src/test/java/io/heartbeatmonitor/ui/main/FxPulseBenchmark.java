package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.app.simulate.FleetPlan;
import io.heartbeatmonitor.app.simulate.FleetSimulator;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.ui.MonitorWindow;
import io.heartbeatmonitor.ui.connection.ProfileStore;
import io.heartbeatmonitor.ui.model.ClientFilter;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.session.SessionSpec;
import io.nats.client.Connection;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Measures the FX thread with thousands of clients while heartbeats arrive: the real window on a
 * real nats-server, fed by the simulator, through four phases of fifteen seconds (each played once
 * unmeasured first): idle, scrolling
 * the grid every frame, typing a search four times a second, and moving the selection ten times a
 * second with the detail open. For each phase it prints the time of each pulse's CSS and layout,
 * the time between frames, and the time of each hand-over from the monitor. It prints figures and
 * asserts nothing: timings depend on the machine.
 *
 * <p>{@code mvn -q test-compile exec:exec@fx-pulse [-Dfx-pulse.args="5000 0.5"]}: clients, then
 * the heartbeat interval in seconds (by default 0.5, so 5,000 clients send 10,000 heartbeats a
 * second). It runs headless on Monocle with the software renderer.
 */
public final class FxPulseBenchmark {

    private static final long PHASE_SECONDS = 15;
    /** Each phase is first played unmeasured, so that what it runs is compiled before it counts. */
    private static final long REHEARSAL_SECONDS = 8;
    private static final String[] QUERIES = {"w", "wo", "wor", "work", "worke", "worker", "worker 1", "worker 12",
            "worker 123", ""};

    private final PulseStats layout = new PulseStats();
    private final PulseStats frames = new PulseStats();
    private final PulseStats handOvers = new PulseStats();
    private volatile Phase phase = Phase.WARM_UP;
    private volatile boolean recording;
    private MainViewModel model;
    private MonitorWindow window;
    private long pulseStart;
    private long lastFrame;
    private int step;

    /** What the benchmark does to the window, frame by frame. */
    private enum Phase { WARM_UP, IDLE, SCROLL, SEARCH, SELECT }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        Duration interval = Duration.ofMillis(Math.round(seconds * 1000));
        new FxPulseBenchmark().run(clients, interval);
        System.exit(0);
    }

    private void run(int clients, Duration interval) throws Exception {
        PresenceSettings settings = new PresenceSettings(interval, interval.dividedBy(2), interval.multipliedBy(3));
        try (LocalNatsServer server = LocalNatsServer.start()) {
            Connection fleetConnection = NatsConnections.connect(ConnectionProfile.plain(server.url()), "bench");
            FleetSimulator fleet = new FleetSimulator(fleetConnection, FleetPlan.demo("bench", clients, interval));
            Platform.startup(() -> { });
            onFx(() -> open(server.url(), settings));
            fleet.start();
            waitForClients(clients);
            System.out.printf("%d clients, one heartbeat each every %d ms (about %d a second)%n", clients,
                    interval.toMillis(), clients * 1000 / interval.toMillis());
            List<Phase> phases = List.of(Phase.IDLE, Phase.SCROLL, Phase.SEARCH, Phase.SELECT);
            for (Phase each : phases) {
                rehearse(each);
            }
            for (Phase each : phases) {
                measure(each);
            }
            onFx(() -> window.stage().close());
            window.stopped().get(30, TimeUnit.SECONDS);
            fleet.close();
            fleetConnection.close();
        }
    }

    private void open(String url, PresenceSettings settings) throws Exception {
        model = new MainViewModel(task -> Platform.runLater(() -> timed(task)));
        Stage stage = new Stage();
        stage.setWidth(1260);
        stage.setHeight(780);
        window = new MonitorWindow(stage, model,
                new ProfileStore(Files.createTempDirectory("hbmon-bench").resolve("profiles.json")), null, 0);
        window.show();
        Scene scene = stage.getScene();
        scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            if (recording) {
                layout.add(System.nanoTime() - pulseStart);
            }
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        }.start();
        model.connect(SessionSpec.connect(ConnectionProfile.plain(url), "bench", settings), "bench");
    }

    /** Runs a hand-over from the view model and times it. */
    private void timed(Runnable task) {
        long start = System.nanoTime();
        task.run();
        if (recording) {
            handOvers.add(System.nanoTime() - start);
        }
    }

    /** Called once a frame: records the time since the last one and drives the phase. */
    private void frame(long now) {
        if (recording && lastFrame != 0) {
            frames.add(now - lastFrame);
        }
        lastFrame = now;
        step++;
        switch (phase) {
            case SCROLL -> scroll();
            case SEARCH -> {
                if (step % 15 == 0) {
                    model.setFilter(ClientFilter.NONE.withText(QUERIES[(step / 15) % QUERIES.length]));
                }
            }
            case SELECT -> {
                if (step % 6 == 0) {
                    select();
                }
            }
            default -> { }
        }
    }

    private void scroll() {
        var grid = window.view().grid();
        double direction = (step / 600) % 2 == 0 ? 1 : -1;
        grid.scrollBy(direction * 23);
    }

    private void select() {
        List<ClientItem> shown = model.getShown();
        if (!shown.isEmpty()) {
            model.setSelected(shown.get((step / 6 * 7) % shown.size()).key());
            model.setDetailOpen(true);
            window.view().grid().revealSelected();
        }
    }

    private void rehearse(Phase next) throws Exception {
        onFx(() -> phase = next);
        TimeUnit.SECONDS.sleep(REHEARSAL_SECONDS);
        onFx(() -> {
            phase = Phase.WARM_UP;
            model.setFilter(ClientFilter.NONE);
        });
    }

    private void measure(Phase next) throws Exception {
        onFx(() -> {
            reset();
            phase = next;
            recording = true;
        });
        TimeUnit.SECONDS.sleep(PHASE_SECONDS);
        onFx(() -> {
            System.out.printf("%-7s pulse (CSS + layout) %s%n", next, layout.summary());
            System.out.printf("%-7s frame interval       %s%n", "", frames.summary());
            System.out.printf("%-7s hand-over            %s, %.1f a second%n", "", handOvers.summary(),
                    handOvers.count() / (double) PHASE_SECONDS);
            recording = false;
            phase = Phase.WARM_UP;
            model.setFilter(ClientFilter.NONE);
        });
    }

    private void reset() {
        layout.clear();
        frames.clear();
        handOvers.clear();
        lastFrame = 0;
    }

    private void waitForClients(int clients) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            CompletableFuture<Integer> total = new CompletableFuture<>();
            Platform.runLater(() -> total.complete(model.fleet().getCounts().total()));
            if (total.get() >= clients) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the window did not see " + clients + " clients within two minutes");
    }

    private static void onFx(FxTask task) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                task.run();
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /** Work for the FX thread that may throw. */
    private interface FxTask {
        void run() throws Exception;
    }
}
