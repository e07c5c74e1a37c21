package io.heartbeatmonitor.ui;

import io.heartbeatmonitor.app.AppDirectories;
import io.heartbeatmonitor.app.WindowLauncher;
import io.heartbeatmonitor.app.WindowRequest;
import io.heartbeatmonitor.app.cli.ShutdownSignal;
import io.heartbeatmonitor.app.cli.UserError;
import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.ui.connection.ProfileStore;
import io.heartbeatmonitor.ui.connection.SavedProfile;
import io.heartbeatmonitor.ui.connection.SavedProfiles;
import io.heartbeatmonitor.ui.main.MainViewModel;
import io.heartbeatmonitor.ui.session.HistoryPlan;
import io.heartbeatmonitor.ui.session.SessionSpec;
import io.heartbeatmonitor.ui.theme.Theme;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the window for the command line ({@code heartbeat-monitor} without a subcommand): starts
 * the JavaFX toolkit, shows {@link MonitorWindow} and waits until it is closed and the monitor
 * behind it has stopped. Found by {@link java.util.ServiceLoader} through the module descriptor.
 */
public final class DesktopWindowLauncher implements WindowLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopWindowLauncher.class);

    @Override
    public void open(WindowRequest request) throws InterruptedException {
        ProfileStore profiles = ProfileStore.forCurrentUser();
        Start start = resolve(request, profiles);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        ShutdownSignal signal = ShutdownSignal.install();
        startToolkit(() -> show(request, profiles, start, closed, signal));
        try {
            closed.get();
        } catch (ExecutionException e) {
            throw new UserError(UserError.FAILURE, "the window failed: " + e.getCause(), e.getCause());
        } finally {
            Platform.exit();
        }
    }

    /** What to watch at once, and under which label; a null spec means: ask with the dialog. */
    private record Start(SessionSpec spec, String label) {
    }

    private static Start resolve(WindowRequest request, ProfileStore profiles) {
        PresenceSettings settings =
                request.settings() != null ? request.settings() : PresenceSettings.DEFAULTS;
        String tenant = request.allTenants() ? null : request.tenant();
        return switch (request.start()) {
            case ASK -> new Start(null, null);
            case DEMO -> new Start(SessionSpec.demo(request.demoClients(),
                    request.settings() != null ? request.settings() : DemoEnvironment.SETTINGS), "demo");
            case CONNECT ->
                    new Start(SessionSpec.connect(request.profile(), tenant, settings), "command line");
            case SAVED_PROFILE -> {
                SavedProfile saved = savedProfile(profiles, request.profileName());
                boolean scopeGiven = request.allTenants() || request.tenant() != null;
                String scope = scopeGiven ? tenant : saved.tenant();
                SessionSpec spec = SessionSpec.connect(saved.toConnectionProfile(), scope, settings);
                yield new Start(spec, saved.name());
            }
        };
    }

    private static SavedProfile savedProfile(ProfileStore profiles, String name) {
        SavedProfiles saved;
        try {
            saved = profiles.load();
        } catch (IOException e) {
            throw new UserError(UserError.FAILURE, "cannot read the saved profiles: " + e.getMessage(), e);
        }
        return saved.find(name).orElseThrow(() -> UserError.usage("no saved profile is called '" + name + "'"
                + (saved.profiles().isEmpty() ? "; none is saved yet"
                : "; saved are: " + saved.profiles().stream().map(SavedProfile::name)
                .collect(Collectors.joining(", ")))));
    }

    private static HistoryPlan historyPlan(WindowRequest request) {
        if (request.noHistory()) {
            return HistoryPlan.inMemory();
        }
        if (request.database() != null) {
            return HistoryPlan.file(request.database());
        }
        return HistoryPlan.userFile(AppDirectories.forCurrentUser().defaultHistoryFile());
    }

    private static void show(WindowRequest request, ProfileStore profiles, Start start,
            CompletableFuture<Void> closed, ShutdownSignal signal) {
        try {
            MainViewModel model = new MainViewModel();
            model.setTheme(request.dark() ? Theme.DARK : Theme.LIGHT);
            model.setHistoryPlan(historyPlan(request));
            MonitorWindow window = new MonitorWindow(new Stage(), model, profiles, request.settings(),
                    request.demoClients());
            window.stopped().whenComplete((ok, failure) -> closed.complete(null));
            closeOnSignal(signal, window);
            window.show();
            if (start.spec() == null) {
                window.openConnectionDialog();
            } else {
                model.connect(start.spec(), start.label());
            }
        } catch (RuntimeException e) {
            LOG.error("Opening the window failed", e);
            closed.completeExceptionally(e);
        }
    }

    /**
     * Ctrl-C or SIGTERM in the terminal closes the window as its close button would, so the
     * monitor still ends its sessions, closes NATS and stops the demo's server.
     */
    private static void closeOnSignal(ShutdownSignal signal, MonitorWindow window) {
        Thread waiter = new Thread(() -> {
            try {
                signal.await();
                Platform.runLater(() -> window.stage().close());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "window-signal");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static void startToolkit(Runnable first) {
        try {
            Platform.setImplicitExit(false);
            Platform.startup(first);
        } catch (IllegalStateException e) {
            // The toolkit runs already, as in tests that open the window twice.
            Platform.runLater(first);
        } catch (RuntimeException e) {
            throw new UserError(UserError.FAILURE, "cannot open a window (" + e.getMessage() + "); without a "
                    + "display, use 'heartbeat-monitor watch' instead", e);
        }
    }
}
