package io.heartbeatmonitor.core;

import java.util.Locale;

/** The monitor's own link to NATS, as reported to listeners and printed by {@code watch}. */
public enum ConnectionState {
    CONNECTED,
    DISCONNECTED,
    RECONNECTED,
    CLOSED;

    /** Lower-case name for output. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether heartbeats can arrive in this state. */
    public boolean isUp() {
        return this == CONNECTED || this == RECONNECTED;
    }
}
