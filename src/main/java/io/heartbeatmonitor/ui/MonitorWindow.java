package io.heartbeatmonitor.ui;

import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.ui.connection.ConnectionChoice;
import io.heartbeatmonitor.ui.connection.ConnectionDialogModel;
import io.heartbeatmonitor.ui.connection.ConnectionWindow;
import io.heartbeatmonitor.ui.connection.ProfileStore;
import io.heartbeatmonitor.ui.main.MainView;
import io.heartbeatmonitor.ui.main.MainViewModel;
import io.heartbeatmonitor.ui.main.SessionPhase;
import io.heartbeatmonitor.ui.theme.AppIcons;
import io.heartbeatmonitor.ui.theme.Themes;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main window: builds the scene around {@link MainView}, opens the connection dialog on
 * request, and on close stops the monitor before it lets the window go.
 */
public final class MonitorWindow {

    private final Stage stage;
    private final MainViewModel model;
    private final MainView view;
    private final ProfileStore profiles;
    private final PresenceSettings settings;
    private final int demoClients;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private boolean stopping;

    /**
     * @param profiles where the connection dialog keeps profiles
     * @param settings timing rules given on the command line, or null for the defaults
     * @param demoClients the size of the demo fleet the dialog offers
     */
    public MonitorWindow(Stage stage, MainViewModel model, ProfileStore profiles, PresenceSettings settings,
            int demoClients) {
        this(stage, model, profiles, settings, demoClients, Clock.systemDefaultZone());
    }

    /** @param clock the wall clock for ages and "now" on screen */
    public MonitorWindow(Stage stage, MainViewModel model, ProfileStore profiles, PresenceSettings settings,
            int demoClients, Clock clock) {
        this.stage = stage;
        this.model = model;
        this.profiles = profiles;
        this.settings = settings;
        this.demoClients = demoClients;
        this.view = new MainView(model, clock, this::openConnectionDialog);
        Scene scene = new Scene(view, 1500, 940);
        Themes.follow(scene, model.themeProperty());
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, model.profileLabelProperty(),
                model.fleet().staleSinceProperty(), model.phaseProperty()));
        stage.setOnHidden(event -> stop());
    }

    /** Shows the window. */
    public void show() {
        stage.show();
    }

    /** Opens the connection dialog; what the user chooses there replaces what is watched. */
    public void openConnectionDialog() {
        ConnectionDialogModel dialog = new ConnectionDialogModel(profiles, settings, demoClients);
        new ConnectionWindow(stage, dialog, model.getTheme(), this::connect).show();
    }

    /** Completes once the window is closed and the monitor behind it has stopped. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    public MainView view() {
        return view;
    }

    public MainViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    private void connect(ConnectionChoice choice) {
        model.connect(choice.spec(), choice.label());
    }

    private void stop() {
        if (stopped.isDone() || stopping) {
            return;
        }
        stopping = true;
        view.stop();
        model.shutdown().whenComplete((ok, failure) -> stopped.complete(null));
    }

    private String title() {
        String profile = model.profileLabelProperty().get();
        boolean isStale = model.fleet().getStaleSince() != null && model.getPhase() == SessionPhase.RUNNING;
        String stale = isStale ? " \u2014 DATA STALE" : "";
        return (profile.isEmpty() ? "Heartbeat Monitor" : "Heartbeat Monitor \u2014 " + profile) + stale;
    }
}
