package io.heartbeatmonitor.ui.theme;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/** Puts the stylesheet and the palette of a theme on a scene. */
public final class Themes {

    private static final String STYLESHEET = Objects.requireNonNull(
            Themes.class.getResource("/io/heartbeatmonitor/ui/monitor.css"), "monitor.css is missing")
            .toExternalForm();

    private Themes() {
    }

    /** Styles {@code scene} with {@code theme}: the palette's stylesheet first, then the rules. */
    public static void apply(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(paletteUrl(theme), STYLESHEET);
        scene.getRoot().getStyleClass().removeAll("light", "dark");
        scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "dark" : "light");
    }

    /** The palette of {@code theme} as a stylesheet in a data URL, which JavaFX reads since 17. */
    static String paletteUrl(Theme theme) {
        byte[] css = Palette.stylesheet(theme).getBytes(StandardCharsets.UTF_8);
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css);
    }

    /** Styles {@code scene} with {@code theme} now and whenever it changes. */
    public static void follow(Scene scene, ObservableValue<Theme> theme) {
        apply(scene, theme.getValue());
        theme.addListener((o, old, now) -> apply(scene, now));
    }
}
