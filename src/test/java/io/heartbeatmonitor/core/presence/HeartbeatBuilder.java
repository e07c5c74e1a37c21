package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import java.time.Instant;

/** A valid heartbeat with sensible defaults; tests change only what they are about. */
final class HeartbeatBuilder {

    private final ClientKey key;
    private Instant timestamp;
    private String version = "1.0.0";
    private ClientStatus status = ClientStatus.HEALTHY;
    private Metrics metrics = Metrics.ZERO;
    private Metadata metadata;

    HeartbeatBuilder(ClientKey key, Instant timestamp) {
        this.key = key;
        this.timestamp = timestamp;
    }

    HeartbeatBuilder status(ClientStatus newStatus) {
        this.status = newStatus;
        return this;
    }

    HeartbeatBuilder timestamp(Instant newTimestamp) {
        this.timestamp = newTimestamp;
        return this;
    }

    HeartbeatBuilder version(String newVersion) {
        this.version = newVersion;
        return this;
    }

    HeartbeatBuilder metrics(long sent, long received, long errors, long uptimeSeconds) {
        this.metrics = new Metrics(sent, received, errors, uptimeSeconds);
        return this;
    }

    HeartbeatBuilder metadata(Metadata newMetadata) {
        this.metadata = newMetadata;
        return this;
    }

    Heartbeat build() {
        return new Heartbeat(key, timestamp, version, status, metrics, metadata);
    }
}
