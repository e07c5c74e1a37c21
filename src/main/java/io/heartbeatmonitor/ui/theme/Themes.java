package io.heartbeatmonitor.ui.theme;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/** Puts the stylesheet and the palette of a theme on a scene. */
public final class Themes {

    private static final String STYLESHEET = Objects.requireNonNull(
            Themes.class.getResource("/io/heartbeatmonitor/ui/monitor.css"), "monitor.css is missing").toExternalForm();

    private Themes() {
    }

    /** Styles {@code scene} with {@code theme}. */
    public static void apply(Scene scene, Theme theme) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getRoot().setStyle(Palette.cssVariables(theme));
        scene.getRoot().getStyleClass().removeAll("light", "dark");
        scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "dark" : "light");
    }

    /** Styles {@code scene} with {@code theme} now and whenever it changes. */
    public static void follow(Scene scene, ObservableValue<Theme> theme) {
        apply(scene, theme.getValue());
        theme.addListener((o, old, now) -> apply(scene, now));
    }
}
