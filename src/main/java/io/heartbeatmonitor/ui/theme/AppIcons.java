package io.heartbeatmonitor.ui.theme;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The application's icon in the sizes a window manager picks from. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** Gives {@code stage} the application's icon. Call on the FX thread. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    private static List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                URL url = AppIcons.class.getResource(
                        "/io/heartbeatmonitor/icons/heartbeat-monitor-" + size + ".png");
                if (url != null) {
                    loaded.add(new Image(url.toExternalForm()));
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }
}
