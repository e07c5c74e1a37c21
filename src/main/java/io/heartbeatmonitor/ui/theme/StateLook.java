package io.heartbeatmonitor.ui.theme;

import io.heartbeatmonitor.core.presence.PresenceState;
import javafx.scene.layout.Region;

/**
 * How a presence state is shown besides its colour: a word and an icon of its own shape, so
 * that the state reads the same in grey scale and for colour-blind operators.
 */
public final class StateLook {

    private StateLook() {
    }

    /** The state as a word for people, such as "Degraded". */
    public static String label(PresenceState state) {
        return switch (state) {
            case HEALTHY -> "Healthy";
            case DEGRADED -> "Degraded";
            case UNHEALTHY -> "Unhealthy";
            case LATE -> "Late";
            case OFFLINE -> "Offline";
            case UNKNOWN -> "Unknown";
        };
    }

    /** The style class of a node coloured by {@code state}, such as {@code state-degraded}. */
    public static String styleClass(PresenceState state) {
        return "state-" + state.wireName();
    }

    /**
     * A new icon for {@code state}: a region whose shape comes from the stylesheet
     * ({@code .state-icon.icon-degraded}), drawn in the current text colour.
     */
    public static Region icon(PresenceState state) {
        Region icon = new Region();
        icon.getStyleClass().addAll("state-icon", iconClass(state));
        return icon;
    }

    /** Gives an icon made by {@link #icon(PresenceState)} the shape of another state. */
    public static void setIcon(Region icon, PresenceState state) {
        for (PresenceState other : PresenceState.values()) {
            icon.getStyleClass().remove(iconClass(other));
        }
        icon.getStyleClass().add(iconClass(state));
    }

    private static String iconClass(PresenceState state) {
        return "icon-" + state.wireName();
    }
}
