package io.heartbeatmonitor.core.presence;

/** Why a session ended. */
public enum EndReason {
    /** The client said it was disconnecting. */
    DISCONNECTED("disconnected"),
    /** No heartbeat for longer than the timeout. */
    TIMEOUT("timeout"),
    /** Its counters or uptime went down: a new process took over the client id. */
    RESTART("restart"),
    /** The monitor stopped while the client was still present. */
    MONITOR_STOPPED("monitor-stopped");

    private final String wireName;

    EndReason(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling used in output and storage. */
    public String wireName() {
        return wireName;
    }

    /** Reads a wire name back. */
    public static EndReason fromWire(String name) {
        for (EndReason reason : values()) {
            if (reason.wireName.equals(name)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown end reason '" + name + "'");
    }
}
