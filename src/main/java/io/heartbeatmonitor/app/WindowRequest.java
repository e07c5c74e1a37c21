package io.heartbeatmonitor.app;

import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.nats.ConnectionProfile;
import java.nio.file.Path;

/**
 * What the command line asks the window to do at start.
 *
 * @param start how to begin: ask, run the demo, use a saved profile, or connect as given
 * @param profile the connection for {@link Start#CONNECT}; null otherwise
 * @param profileName the saved profile for {@link Start#SAVED_PROFILE}; null otherwise
 * @param tenant the tenant to watch, or null with {@code allTenants} or when not given
 * @param allTenants whether to watch every tenant
 * @param settings the timing rules given on the command line, or null for the defaults
 * @param demoClients the size of the demo fleet
 * @param dark whether to start with the dark theme
 * @param database the history file given with {@code --db}, or null for the default
 * @param noHistory whether to keep the history in memory only
 */
public record WindowRequest(
        Start start,
        ConnectionProfile profile,
        String profileName,
        String tenant,
        boolean allTenants,
        PresenceSettings settings,
        int demoClients,
        boolean dark,
        Path database,
        boolean noHistory) {

    /** How the window begins. */
    public enum Start {
        /** Show the connection dialog, offering the demo when no profile is saved. */
        ASK,
        /** Start a local nats-server and a simulated fleet, and watch it. */
        DEMO,
        /** Connect with a profile saved in the connection dialog. */
        SAVED_PROFILE,
        /** Connect with the profile given on the command line. */
        CONNECT
    }
}
