package io.heartbeatmonitor.history.query;

/** Why the monitor was not watching. */
public enum GapCause {
    /** No monitor ran for the tenant: before the first run, or between a stop and a start. */
    NOT_RUNNING("not-running"),
    /** The monitor ended without stopping (killed, crashed): since its last sign of life. */
    CRASHED("crashed"),
    /** The monitor ran, but had no NATS connection. */
    DISCONNECTED("disconnected");

    private final String wireName;

    GapCause(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling used in output. */
    public String wireName() {
        return wireName;
    }
}
