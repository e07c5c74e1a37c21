package io.heartbeatmonitor.ui.connection;

import io.heartbeatmonitor.ui.theme.AppIcons;
import io.heartbeatmonitor.ui.theme.Theme;
import io.heartbeatmonitor.ui.theme.Themes;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The connection dialog as a window of its own, modal to the main window: it closes when the
 * user connects, starts the demo or cancels.
 */
public final class ConnectionWindow {

    private final Stage stage = new Stage();
    private final ConnectionDialogModel model;

    /**
     * @param onChoice gets what to watch, after the dialog has closed
     */
    public ConnectionWindow(Window owner, ConnectionDialogModel model, Theme theme,
            Consumer<ConnectionChoice> onChoice) {
        this.model = model;
        ConnectionDialog dialog = new ConnectionDialog(model, choice -> {
            close();
            onChoice.accept(choice);
        }, this::close);
        Scene scene = new Scene(dialog, 860, 520);
        Themes.apply(scene, theme);
        stage.setScene(scene);
        AppIcons.apply(stage);
        stage.setTitle("Connection \u2014 Heartbeat Monitor");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnHidden(event -> model.dispose());
    }

    /** Shows the window and reads the saved profiles. */
    public void show() {
        model.load();
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private void close() {
        stage.close();
    }
}
