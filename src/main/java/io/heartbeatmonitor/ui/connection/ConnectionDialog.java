package io.heartbeatmonitor.ui.connection;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The connection dialog's content: saved profiles on the left, the form on the right, and the
 * demo offered first when nothing is saved yet. {@link ConnectionWindow} puts it in a window.
 */
final class ConnectionDialog extends BorderPane {

    private final ConnectionDialogModel model;
    private final Consumer<ConnectionChoice> onChoice;
    private final Runnable onCancel;

    ConnectionDialog(ConnectionDialogModel model, Consumer<ConnectionChoice> onChoice, Runnable onCancel) {
        this.model = model;
        this.onChoice = onChoice;
        this.onCancel = onCancel;
        setId("connection-dialog");
        getStyleClass().add("connection-dialog");
        setTop(welcome());
        setLeft(profileList());
        setCenter(form());
        setBottom(buttons());
    }

    private Node welcome() {
        Label title = new Label("No saved connection yet");
        title.getStyleClass().add("welcome-title");
        Label text = new Label("Try the demo first: it starts a local nats-server with about 50 simulated "
                + "clients that go through every state. Or fill in your NATS server below and save it.");
        text.setWrapText(true);
        Button demo = new Button("Start the demo");
        demo.setId("welcome-demo");
        demo.getStyleClass().add("default-action");
        demo.setOnAction(event -> onChoice.accept(model.demoChoice()));
        VBox box = new VBox(6, title, text, demo);
        box.getStyleClass().add("welcome");
        box.visibleProperty().bind(model.firstStartProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node profileList() {
        ListView<SavedProfile> list = new ListView<>(model.profiles());
        list.setId("profile-list");
        list.setPrefWidth(190);
        list.setPlaceholder(new Label("none saved"));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, old, now) -> list.getSelectionModel().select(now));
        Button add = new Button("New");
        add.setId("profile-new");
        add.setOnAction(event -> {
            list.getSelectionModel().clearSelection();
            model.newProfile();
        });
        Button delete = new Button("Delete");
        delete.setId("profile-delete");
        delete.setOnAction(event -> model.delete());
        Label caption = new Label("Saved profiles");
        caption.getStyleClass().add("section-title");
        VBox box = new VBox(6, caption, list, new HBox(6, add, delete));
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 12, 0, 0));
        return box;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("connection-form");
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(captions, fields);
        int row = 0;
        grid.addRow(row++, caption("Profile name"),
                field("profile-name", model.nameProperty(), "production"));
        grid.addRow(row++, caption("Servers"), field("profile-servers", model.serversProperty(),
                "nats://host:4222, nats://other:4222"));
        ComboBox<AuthKind> auth = new ComboBox<>();
        auth.setId("profile-auth");
        auth.getItems().setAll(AuthKind.values());
        auth.valueProperty().bindBidirectional(model.authProperty());
        grid.addRow(row++, caption("Login"), auth);
        TextField user = field("profile-user", model.userProperty(), "user name");
        user.disableProperty().bind(model.authProperty().isNotEqualTo(AuthKind.USER_PASSWORD));
        grid.addRow(row++, caption("User"), user);
        Node secret = fileRow("profile-secret", model.secretFileProperty(),
                "file holding the password, token or seed");
        secret.disableProperty().bind(model.authProperty().isEqualTo(AuthKind.NONE));
        grid.addRow(row++, caption("Secret file"), secret);
        grid.addRow(row++, caption("TLS CA file"), fileRow("profile-tls", model.tlsCaFileProperty(),
                "optional: PEM of the CA to trust"));
        grid.addRow(row++, caption("Watch"), tenantChoice());
        Label note = new Label("The profile keeps only the paths of secret files, never their contents.");
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        grid.add(note, 1, row++);
        Label status = new Label();
        status.setId("dialog-status");
        status.setWrapText(true);
        status.getStyleClass().add("dialog-status");
        model.statusProperty().addListener((o, old, now) -> showStatus(status, now));
        showStatus(status, model.getStatus());
        Button test = new Button("Test connection");
        test.setId("profile-test");
        test.disableProperty().bind(model.busyProperty());
        test.setOnAction(event -> model.test());
        HBox testRow = new HBox(10, test, status);
        testRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        grid.add(testRow, 1, row);
        return grid;
    }

    private Node tenantChoice() {
        ToggleGroup scope = new ToggleGroup();
        RadioButton one = new RadioButton("Tenant");
        one.setId("scope-tenant");
        one.setToggleGroup(scope);
        RadioButton all = new RadioButton("All tenants");
        all.setId("scope-all");
        all.setToggleGroup(scope);
        TextField tenant = field("profile-tenant", model.tenantProperty(), "tenant id");
        tenant.disableProperty().bind(model.allTenantsProperty());
        all.setSelected(model.allTenantsProperty().get());
        one.setSelected(!model.allTenantsProperty().get());
        model.allTenantsProperty().addListener((o, old, now) -> (now ? all : one).setSelected(true));
        all.selectedProperty().addListener((o, old, now) -> model.allTenantsProperty().set(now));
        HBox box = new HBox(8, one, tenant, all);
        box.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(tenant, Priority.ALWAYS);
        return box;
    }

    private Node buttons() {
        Button demo = new Button("Start the demo");
        demo.setId("dialog-demo");
        demo.setOnAction(event -> onChoice.accept(model.demoChoice()));
        Button save = new Button("Save profile");
        save.setId("profile-save");
        save.setOnAction(event -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setId("dialog-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        Button connect = new Button("Connect");
        connect.setId("dialog-connect");
        connect.setDefaultButton(true);
        connect.setOnAction(event -> model.connectChoice().ifPresent(onChoice));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, demo, spacer, save, cancel, connect);
        box.getStyleClass().add("dialog-buttons");
        return box;
    }

    private Node fileRow(String id, StringProperty value, String prompt) {
        TextField path = field(id, value, prompt);
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(event -> {
            Window owner = getScene() == null ? null : getScene().getWindow();
            File chosen = new FileChooser().showOpenDialog(owner);
            if (chosen != null) {
                value.set(chosen.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, path, browse);
        HBox.setHgrow(path, Priority.ALWAYS);
        return row;
    }

    private static TextField field(String id, StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-caption");
        return label;
    }

    private static void showStatus(Label label, DialogStatus status) {
        label.setText(status.text());
        label.getStyleClass().removeAll("info", "ok", "error", "busy");
        label.getStyleClass().add(status.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
