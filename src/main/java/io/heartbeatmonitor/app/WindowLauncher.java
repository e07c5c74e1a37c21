package io.heartbeatmonitor.app;

/**
 * Opens the monitor's window. The command line finds the implementation with
 * {@link java.util.ServiceLoader}, so that {@code app} never depends on the user interface layer
 * above it.
 */
public interface WindowLauncher {

    /**
     * Opens the window and returns once it is closed and the monitor behind it has stopped.
     * Called on the main thread, never on a toolkit thread.
     *
     * @throws io.heartbeatmonitor.app.cli.UserError for a problem the user can fix, such as a
     *         saved profile that does not exist
     */
    void open(WindowRequest request) throws InterruptedException;
}
