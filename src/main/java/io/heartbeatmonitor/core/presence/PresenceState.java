package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientStatus;
import java.util.Locale;

/** Where a client stands, as the monitor sees it. */
public enum PresenceState {
    /** Known from history or a roster, but no heartbeat seen since the monitor started. */
    UNKNOWN,
    HEALTHY,
    DEGRADED,
    UNHEALTHY,
    /** Silent for longer than the interval plus grace, but not yet timed out. */
    LATE,
    /** Timed out, or said it was disconnecting. */
    OFFLINE;

    /** Lower-case name for output and storage. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the client is present: it has an open session. */
    public boolean isOnline() {
        return this == HEALTHY || this == DEGRADED || this == UNHEALTHY || this == LATE;
    }

    /** The state that a heartbeat with {@code status} puts a client into. */
    public static PresenceState reported(ClientStatus status) {
        return switch (status) {
            case HEALTHY -> HEALTHY;
            case DEGRADED -> DEGRADED;
            case UNHEALTHY -> UNHEALTHY;
            case DISCONNECTING -> OFFLINE;
        };
    }

    /** Reads a lower-case name back. */
    public static PresenceState fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
