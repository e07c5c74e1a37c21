package io.heartbeatmonitor.core;

import java.util.Optional;

/** The status a client reports about itself in a heartbeat. */
public enum ClientStatus {
    HEALTHY("healthy"),
    DEGRADED("degraded"),
    UNHEALTHY("unhealthy"),
    /** Sent once by a client that is leaving gracefully. */
    DISCONNECTING("disconnecting");

    private final String wireName;

    ClientStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling used in the heartbeat payload. */
    public String wireName() {
        return wireName;
    }

    /** Looks up a status by its exact payload spelling; the protocol is case-sensitive. */
    public static Optional<ClientStatus> fromWire(String text) {
        for (ClientStatus status : values()) {
            if (status.wireName.equals(text)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Orders health from best to worst so that the worst status of a session can be kept. */
    public boolean isWorseThan(ClientStatus other) {
        return severity() > other.severity();
    }

    private int severity() {
        return switch (this) {
            case HEALTHY, DISCONNECTING -> 0;
            case DEGRADED -> 1;
            case UNHEALTHY -> 2;
        };
    }
}
