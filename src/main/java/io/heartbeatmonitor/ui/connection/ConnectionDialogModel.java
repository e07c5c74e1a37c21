package io.heartbeatmonitor.ui.connection;

import io.heartbeatmonitor.app.demo.DemoEnvironment;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.heartbeatmonitor.ui.UiThreads;
import io.heartbeatmonitor.ui.session.SessionSpec;
import io.nats.client.Connection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the connection dialog: the saved profiles, the form, and the outcome of saving,
 * deleting and testing. Files and the network are used on a thread named {@code ui-profiles}.
 *
 * <p>Threading: FX thread only, except the background work.
 */
public final class ConnectionDialogModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionDialogModel.class);
    private static final String DEFAULT_SERVER = "nats://127.0.0.1:4222";

    private final ProfileStore store;
    private final PresenceSettings settings;
    private final int demoClients;
    private final ExecutorService worker = UiThreads.worker("ui-profiles");
    private final Executor fxThread;
    private SavedProfiles saved = SavedProfiles.NONE;

    private final ObservableList<SavedProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<SavedProfile> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty servers = new SimpleStringProperty(this, "servers", DEFAULT_SERVER);
    private final ObjectProperty<AuthKind> auth = new SimpleObjectProperty<>(this, "auth", AuthKind.NONE);
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty secretFile = new SimpleStringProperty(this, "secretFile", "");
    private final StringProperty tlsCaFile = new SimpleStringProperty(this, "tlsCaFile", "");
    private final StringProperty tenant = new SimpleStringProperty(this, "tenant", "");
    private final BooleanProperty allTenants = new SimpleBooleanProperty(this, "allTenants");
    private final ReadOnlyObjectWrapper<DialogStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", DialogStatus.info(""));
    private final ReadOnlyBooleanWrapper firstStart = new ReadOnlyBooleanWrapper(this, "firstStart");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param settings timing rules from the command line, or null for the defaults
     * @param demoClients the size of the demo fleet
     */
    public ConnectionDialogModel(ProfileStore store, PresenceSettings settings, int demoClients) {
        this(store, settings, demoClients, Platform::runLater);
    }

    ConnectionDialogModel(ProfileStore store, PresenceSettings settings, int demoClients, Executor fxThread) {
        this.store = store;
        this.settings = settings;
        this.demoClients = demoClients;
        this.fxThread = fxThread;
        selected.addListener((o, old, now) -> fill(now));
    }

    /** Reads the saved profiles in the background and selects the one used last. */
    public void load() {
        background("Reading saved profiles\u2026", () -> {
            SavedProfiles read = store.load();
            fxThread.execute(() -> loaded(read));
        });
    }

    /** Clears the form for a new profile. */
    public void newProfile() {
        selected.set(null);
        fill(null);
    }

    /** Saves the form as a profile under its name. */
    public void save() {
        Optional<SavedProfile> profile = formProfile(true);
        if (profile.isEmpty()) {
            return;
        }
        SavedProfiles next = saved.with(profile.get());
        background("Saving\u2026", () -> {
            store.save(next);
            fxThread.execute(() -> {
                applySaved(next, profile.get().name());
                status.set(DialogStatus.ok("Saved \"" + profile.get().name() + "\" in " + store.file()
                        + ". Secrets stay in their files."));
            });
        });
    }

    /** Deletes the selected profile. */
    public void delete() {
        SavedProfile victim = selected.get();
        if (victim == null) {
            status.set(DialogStatus.error("Choose a saved profile to delete."));
            return;
        }
        SavedProfiles next = saved.without(victim.name());
        background("Deleting\u2026", () -> {
            store.save(next);
            fxThread.execute(() -> {
                applySaved(next, null);
                status.set(DialogStatus.ok("Deleted \"" + victim.name() + "\"."));
            });
        });
    }

    /** Connects once with the form's settings and reports whether the server let us in. */
    public void test() {
        Optional<SavedProfile> profile = formProfile(false);
        if (profile.isEmpty()) {
            return;
        }
        ConnectionProfile connection = profile.get().toConnectionProfile();
        busy.set(true);
        status.set(DialogStatus.busy("Connecting to " + connection.serversForDisplay() + "\u2026"));
        worker.execute(() -> {
            DialogStatus outcome = tryConnect(connection);
            fxThread.execute(() -> {
                busy.set(false);
                status.set(outcome);
            });
        });
    }

    /** The form as a choice to connect with; empty, with the reason in the status, when it is wrong. */
    public Optional<ConnectionChoice> connectChoice() {
        Optional<SavedProfile> profile = formProfile(false);
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        SavedProfile chosen = profile.get();
        if (saved.find(chosen.name()).filter(chosen::equals).isPresent()) {
            rememberLastUsed(chosen.name());
        }
        SessionSpec spec = SessionSpec.connect(chosen.toConnectionProfile(), chosen.tenant(),
                settings == null ? PresenceSettings.DEFAULTS : settings);
        return Optional.of(new ConnectionChoice(spec, chosen.name().isEmpty() ? "unsaved" : chosen.name()));
    }

    /** The demo as a choice. */
    public ConnectionChoice demoChoice() {
        return new ConnectionChoice(SessionSpec.demo(demoClients, settings == null ? DemoEnvironment.SETTINGS
                : settings), "demo");
    }

    /** Stops the background thread, when the dialog closes. */
    public void dispose() {
        worker.shutdown();
    }

    public ObservableList<SavedProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<SavedProfile> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty serversProperty() {
        return servers;
    }

    public ObjectProperty<AuthKind> authProperty() {
        return auth;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty secretFileProperty() {
        return secretFile;
    }

    public StringProperty tlsCaFileProperty() {
        return tlsCaFile;
    }

    public StringProperty tenantProperty() {
        return tenant;
    }

    public BooleanProperty allTenantsProperty() {
        return allTenants;
    }

    public ReadOnlyObjectProperty<DialogStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public DialogStatus getStatus() {
        return status.get();
    }

    /** True once loading found no saved profile: the dialog then offers the demo first. */
    public ReadOnlyBooleanProperty firstStartProperty() {
        return firstStart.getReadOnlyProperty();
    }

    /** True while a test connection runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void loaded(SavedProfiles read) {
        applySaved(read, read.lastUsed());
        firstStart.set(read.profiles().isEmpty());
        int count = read.profiles().size();
        status.set(DialogStatus.info(count == 0 ? "No saved connection yet."
                : count + " saved connection" + (count == 1 ? "" : "s") + "."));
    }

    private void applySaved(SavedProfiles next, String select) {
        saved = next;
        profiles.setAll(next.profiles());
        selected.set(select == null ? null : next.find(select).orElse(null));
    }

    private void rememberLastUsed(String profileName) {
        SavedProfiles next = saved.usedLast(profileName);
        saved = next;
        worker.execute(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                LOG.warn("Could not remember the last used profile in {}: {}", store.file(), e.getMessage());
            }
        });
    }

    private Optional<SavedProfile> formProfile(boolean needName) {
        if (needName && name.get().isBlank()) {
            status.set(DialogStatus.error("Give the profile a name to save it."));
            return Optional.empty();
        }
        try {
            String scope = allTenants.get() ? null : requiredTenant();
            return Optional.of(new SavedProfile(name.get(), serverList(), auth.get(), user.get(),
                    path(secretFile.get()), path(tlsCaFile.get()), scope));
        } catch (IllegalArgumentException e) {
            status.set(DialogStatus.error(e.getMessage()));
            return Optional.empty();
        }
    }

    private String requiredTenant() {
        if (tenant.get().isBlank()) {
            throw new IllegalArgumentException("Name the tenant to watch, or choose all tenants.");
        }
        return tenant.get();
    }

    private List<String> serverList() {
        return Arrays.stream(servers.get().split("[,\\s]+")).filter(part -> !part.isBlank()).toList();
    }

    private void fill(SavedProfile profile) {
        name.set(profile == null ? "" : profile.name());
        servers.set(profile == null ? DEFAULT_SERVER : String.join(", ", profile.servers()));
        auth.set(profile == null ? AuthKind.NONE : profile.auth());
        user.set(profile == null ? "" : text(profile.user()));
        secretFile.set(profile == null ? "" : text(profile.secretFile()));
        tlsCaFile.set(profile == null ? "" : text(profile.tlsCaFile()));
        tenant.set(profile == null ? "" : text(profile.tenant()));
        allTenants.set(profile != null && profile.tenant() == null);
    }

    private static DialogStatus tryConnect(ConnectionProfile connection) {
        try {
            Connection opened = NatsConnections.connect(connection, "heartbeat-monitor-test");
            try {
                return DialogStatus.ok("Connected to " + opened.getConnectedUrl() + " (nats-server "
                        + opened.getServerInfo().getVersion() + ") and logged in.");
            } finally {
                opened.close();
            }
        } catch (NatsSetupException e) {
            return DialogStatus.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DialogStatus.error("The test was interrupted.");
        }
    }

    private void background(String message, IoTask task) {
        status.set(DialogStatus.busy(message));
        worker.execute(() -> {
            try {
                task.run();
            } catch (IOException e) {
                LOG.warn("Profiles file {}: {}", store.file(), e.getMessage());
                fxThread.execute(() -> status.set(DialogStatus.error("Profiles file: " + e.getMessage())));
            }
        });
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    /** Work that reads or writes the profiles file. */
    private interface IoTask {
        void run() throws IOException;
    }
}
