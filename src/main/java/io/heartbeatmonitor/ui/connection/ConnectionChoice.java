package io.heartbeatmonitor.ui.connection;

import io.heartbeatmonitor.ui.session.SessionSpec;

/**
 * What the user chose in the connection dialog.
 *
 * @param spec what to watch
 * @param label the profile's name for the connection bar
 */
public record ConnectionChoice(SessionSpec spec, String label) {
}
