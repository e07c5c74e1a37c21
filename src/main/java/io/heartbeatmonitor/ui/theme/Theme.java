package io.heartbeatmonitor.ui.theme;

/** The two looks of the window. Both use the one {@link Palette}; only the neutral colours differ. */
public enum Theme {
    LIGHT,
    DARK;

    /** The other theme, for the toggle button. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
