package io.heartbeatmonitor.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One valid heartbeat as a client sent it.
 *
 * @param key the client, from the subject (the payload's ids were checked against it)
 * @param timestamp the client's own clock at sending; never used for timeouts
 * @param version the protocol or client version the client reports
 * @param status the reported status
 * @param metrics the reported counters
 * @param metadata the reported metadata, or null when this heartbeat left it out
 */
public record Heartbeat(
        ClientKey key,
        Instant timestamp,
        String version,
        ClientStatus status,
        Metrics metrics,
        Metadata metadata) {

    public Heartbeat {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** This heartbeat with another instance of an equal key. */
    public Heartbeat withKey(ClientKey sameKey) {
        if (!sameKey.equals(key)) {
            throw new IllegalArgumentException(sameKey + " is not the key of " + key);
        }
        return sameKey == key ? this : new Heartbeat(sameKey, timestamp, version, status, metrics, metadata);
    }
}
