package io.heartbeatmonitor.ui.tour;

import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.MonitorWindow;
import io.heartbeatmonitor.ui.connection.AuthKind;
import io.heartbeatmonitor.ui.connection.ConnectionDialogModel;
import io.heartbeatmonitor.ui.connection.ConnectionWindow;
import io.heartbeatmonitor.ui.connection.ProfileStore;
import io.heartbeatmonitor.ui.connection.SavedProfile;
import io.heartbeatmonitor.ui.connection.SavedProfiles;
import io.heartbeatmonitor.ui.main.MainViewModel;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.session.HistoryPlan;
import io.heartbeatmonitor.ui.session.SessionSpec;
import io.heartbeatmonitor.ui.theme.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes the README's screenshots: opens the real window on the demo fleet, lets it run, and
 * writes the main window, a client's detail and the connection dialog, in both themes.
 *
 * <p>Run it under Xvfb, so that the real desktop toolkit draws:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn -q test-compile exec:exec@screenshots}.
 * Arguments: the output folder (default {@code src/site/images}) and the seconds to let the demo
 * run first (default 150).
 */
public final class ScreenshotTour {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;

    private final Path out;
    private MonitorWindow window;

    private ScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/site/images");
        long warmUp = args.length > 1 ? Long.parseLong(args[1]) : 150;
        Path config = Files.createTempDirectory("hbmon-tour");
        new ScreenshotTour(out).run(warmUp, config);
        System.exit(0);
    }

    private void run(long warmUpSeconds, Path config) throws Exception {
        ProfileStore store = new ProfileStore(config.resolve("profiles.json"));
        store.save(sampleProfiles());
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        onFx(() -> open(store, config.resolve("history.db")));
        long warmUpEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmUpSeconds);
        // The demo's first wave of trouble shows every state within a minute or so; the charts
        // need some complete minutes. So the main window is taken first, the detail later.
        waitForEveryState();
        for (Theme theme : Theme.values()) {
            onFx(() -> {
                showTop(theme);
                return null;
            });
            TimeUnit.MILLISECONDS.sleep(300);
            onFx(() -> snap(window.stage().getScene(), "main-window-" + suffix(theme) + ".png"));
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, warmUpEnds - System.nanoTime()));
        for (Theme theme : Theme.values()) {
            String suffix = suffix(theme);
            onFx(() -> {
                showTop(theme);
                return null;
            });
            onFx(this::openInterestingClient);
            TimeUnit.SECONDS.sleep(7);
            onFx(() -> snap(window.stage().getScene(), "client-detail-" + suffix + ".png"));
            onFx(() -> scrollDetail(0.42));
            TimeUnit.SECONDS.sleep(1);
            onFx(() -> snap(window.stage().getScene(), "client-charts-" + suffix + ".png"));
            onFx(() -> scrollDetail(1));
            TimeUnit.SECONDS.sleep(1);
            onFx(() -> snap(window.stage().getScene(), "client-history-" + suffix + ".png"));
            dialog(store, theme, "connection-dialog-" + suffix + ".png");
        }
        dialog(new ProfileStore(config.resolve("empty").resolve("profiles.json")), Theme.LIGHT,
                "connection-dialog-first-start.png");
        onFx(() -> {
            window.stage().close();
            return null;
        });
        window.stopped().get(30, TimeUnit.SECONDS);
    }

    private void showTop(Theme theme) {
        window.model().setTheme(theme);
        window.model().setDetailOpen(false);
        window.model().setSelected(null);
        window.view().grid().scrollBy(-1e9);
    }

    private static String suffix(Theme theme) {
        return theme.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Waits, up to a minute and a half, for a moment when the demo shows every state at once, so
     * that the picture shows every colour; late clients last only seconds.
     */
    private void waitForEveryState() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            boolean all = onFx(() -> java.util.Arrays.stream(PresenceState.values())
                    .allMatch(state -> window.model().fleet().getCounts().count(state) > 0));
            if (all) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private Void open(ProfileStore store, Path history) {
        MainViewModel model = new MainViewModel();
        model.setHistoryPlan(HistoryPlan.file(history));
        Stage stage = new Stage();
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        window = new MonitorWindow(stage, model, store, null, 50);
        window.show();
        model.connect(SessionSpec.demo(50, DemoEnvironment.SETTINGS), "demo");
        return null;
    }

    /** Opens the client with the most to show: online, with rejections and restarts. */
    private Void openInterestingClient() {
        List<ClientItem> shown = window.model().getShown();
        ClientItem chosen = shown.stream().max(Comparator.comparingLong(ScreenshotTour::interest)).orElseThrow();
        window.model().setSelected(chosen.key());
        window.model().setDetailOpen(true);
        return null;
    }

    private Void scrollDetail(double share) {
        javafx.scene.control.ScrollPane scroll =
                (javafx.scene.control.ScrollPane) window.stage().getScene().lookup(".detail-scroll");
        scroll.setVvalue(scroll.getVmax() * share);
        return null;
    }

    private static long interest(ClientItem item) {
        return (item.snapshot().rejected() > 0 ? 100 : 0) + (item.snapshot().state().isOnline() ? 50 : 0)
                + Math.min(10, item.snapshot().restarts());
    }

    private void dialog(ProfileStore store, Theme theme, String file) throws Exception {
        ConnectionWindow[] opened = new ConnectionWindow[1];
        onFx(() -> {
            opened[0] = new ConnectionWindow(window.stage(), new ConnectionDialogModel(store, null, 50), theme,
                    choice -> { });
            opened[0].show();
            return null;
        });
        TimeUnit.SECONDS.sleep(2);
        onFx(() -> snap(opened[0].stage().getScene(), file));
        onFx(() -> {
            opened[0].stage().close();
            return null;
        });
    }

    private Void snap(javafx.scene.Scene scene, String file) throws Exception {
        Snapshots.write(scene, out.resolve(file));
        System.err.println("Wrote " + out.resolve(file));
        return null;
    }

    private static SavedProfiles sampleProfiles() {
        SavedProfile production = new SavedProfile("production", List.of("tls://nats-1.example.net:4222",
                "tls://nats-2.example.net:4222"), AuthKind.NKEY, null, Path.of("/etc/heartbeat-monitor/monitor.nk"),
                Path.of("/etc/heartbeat-monitor/ca.pem"), "acme");
        SavedProfile staging = new SavedProfile("staging", List.of("nats://staging.example.net:4222"),
                AuthKind.USER_PASSWORD, "monitor", Path.of("/home/operator/.config/nats/staging.password"), null,
                null);
        return new SavedProfiles(List.of(production, staging), "production");
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
