package io.heartbeatmonitor.core.presence;

import java.util.Locale;

/** Why a client is offline. */
public enum OfflineReason {
    /** No heartbeat for longer than the timeout. */
    TIMEOUT,
    /** The client said it was disconnecting. */
    DISCONNECTED;

    /** Lower-case name for output and storage. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
