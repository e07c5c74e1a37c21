package io.heartbeatmonitor.ui.main;

/** Where the window stands with its monitor. */
public enum SessionPhase {
    /** Nothing watched yet: the connection dialog is the next step. */
    NONE,
    /** A monitor (and for the demo, its server and fleet) is starting on a background thread. */
    STARTING,
    /** A monitor runs; its own connection state tells whether the data is fresh. */
    RUNNING,
    /** The last start failed; {@code problem} says why. */
    FAILED
}
