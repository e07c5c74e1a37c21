package io.heartbeatmonitor.ui.theme;

import io.heartbeatmonitor.core.presence.PresenceState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Every colour of the window, in one place. The state colours come from the Okabe-Ito set, which
 * people with the common colour-vision deficiencies can tell apart, and they are the same in both
 * themes; black text on each of them has a contrast ratio of at least 5:1. The state is always also
 * written as text with an icon, so colour is never the only carrier.
 *
 * <p>The stylesheet reads these colours as looked-up colours ({@code -hb-healthy}, {@code -hb-text}
 * ...), which {@link #cssVariables(Theme)} sets on the scene's root; TilesFX tiles take theirs from
 * the getters, since their colours are plain properties rather than CSS.
 */
public final class Palette {

    /** Text on any state colour. */
    public static final Color ON_STATE = Color.web("#000000");
    /** The stale banner: a colour no state uses, so it cannot be mistaken for one. */
    public static final Color STALE = Color.web("#F0E442");

    private static final Map<PresenceState, Color> STATES = new EnumMap<>(Map.of(
            PresenceState.HEALTHY, Color.web("#009E73"),
            PresenceState.DEGRADED, Color.web("#E69F00"),
            PresenceState.UNHEALTHY, Color.web("#D55E00"),
            PresenceState.LATE, Color.web("#CC79A7"),
            PresenceState.OFFLINE, Color.web("#A0A0A0"),
            PresenceState.UNKNOWN, Color.web("#56B4E9")));

    private static final Neutrals LIGHT = new Neutrals("#EEEFF1", "#FFFFFF", "#E2E4E8", "#E9EBEE",
            "#1A1B1E", "#50545C", "#C3C7CE", "#0072B2", "#0072B2", "#009E73");
    private static final Neutrals DARK = new Neutrals("#1B1C1F", "#2A2C31", "#383B42", "#3D4048",
            "#ECEDEF", "#AEB2BA", "#4C505A", "#56B4E9", "#56B4E9", "#2FC496");

    private Palette() {
    }

    /** The colour of a presence state; the same in both themes. */
    public static Color state(PresenceState state) {
        return STATES.get(state);
    }

    /** The neutral colours of a theme. */
    public static Neutrals neutrals(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }

    /**
     * The palette as a stylesheet of looked-up colours on {@code .root}. Modena's own base colours
     * are derived from them, so standard controls follow the theme. A stylesheet rather than an
     * inline style, because popups (menus, drop-down lists, tooltips) have roots of their own
     * that only the scene's stylesheets reach.
     */
    public static String stylesheet(Theme theme) {
        return ".root { " + cssVariables(theme) + " }";
    }

    private static String cssVariables(Theme theme) {
        Neutrals n = neutrals(theme);
        StringBuilder css = new StringBuilder();
        STATES.forEach((state, colour) -> declare(css, "-hb-" + state.wireName(), colour));
        declare(css, "-hb-on-state", ON_STATE);
        declare(css, "-hb-stale", STALE);
        declare(css, "-hb-background", n.background());
        declare(css, "-hb-surface", n.surface());
        declare(css, "-hb-surface-alt", n.surfaceAlt());
        declare(css, "-hb-text", n.text());
        declare(css, "-hb-text-muted", n.textMuted());
        declare(css, "-hb-border", n.border());
        declare(css, "-hb-focus", n.focus());
        declare(css, "-hb-on-focus", theme == Theme.DARK ? Color.BLACK : Color.WHITE);
        declare(css, "-hb-series-sent", n.seriesSent());
        declare(css, "-hb-series-received", n.seriesReceived());
        declare(css, "-hb-series-errors", state(PresenceState.UNHEALTHY));
        css.append("-fx-base: ").append(hex(n.controlBase()))
                .append("; -fx-background: ").append(hex(n.background()))
                .append("; -fx-control-inner-background: ").append(hex(n.surface()))
                .append("; -fx-accent: ").append(hex(n.focus()))
                .append("; -fx-focus-color: ").append(hex(n.focus()))
                .append("; -fx-faint-focus-color: transparent;");
        return css.toString();
    }

    /** The colour as {@code #RRGGBB}. */
    public static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }

    private static void declare(StringBuilder css, String name, Color colour) {
        css.append(name).append(": ").append(hex(colour)).append("; ");
    }

    /**
     * The colours that differ between the themes.
     *
     * @param background behind everything
     * @param surface panels, neutral tiles, text fields
     * @param surfaceAlt headers, secondary panels
     * @param controlBase the base colour Modena derives buttons and fields from
     * @param text body text
     * @param textMuted labels and secondary text
     * @param border lines between areas
     * @param focus the selection ring and keyboard focus
     * @param seriesSent the line of messages sent in charts
     * @param seriesReceived the line of messages received in charts
     */
    public record Neutrals(Color background, Color surface, Color surfaceAlt, Color controlBase, Color text,
            Color textMuted, Color border, Color focus, Color seriesSent, Color seriesReceived) {

        Neutrals(String background, String surface, String surfaceAlt, String controlBase, String text,
                String textMuted, String border, String focus, String seriesSent, String seriesReceived) {
            this(Color.web(background), Color.web(surface), Color.web(surfaceAlt), Color.web(controlBase),
                    Color.web(text), Color.web(textMuted), Color.web(border), Color.web(focus),
                    Color.web(seriesSent), Color.web(seriesReceived));
        }
    }
}
