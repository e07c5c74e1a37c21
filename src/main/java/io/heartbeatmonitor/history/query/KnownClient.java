package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.Metadata;
import java.time.Instant;

/**
 * A client the history has seen, with what it last said about itself; enough for a view to
 * show it as {@code unknown} before its first heartbeat of this run.
 *
 * @param metadata its last known metadata; {@link Metadata#EMPTY} when it never sent any
 * @param version the version of its last stored heartbeat, or null
 */
public record KnownClient(ClientKey key, Instant firstSeen, Instant lastSeen, Metadata metadata,
        String version) {

    /** The name the client gave, or its id when it gave none. */
    public String displayName() {
        boolean named = metadata.name() != null && !metadata.name().isBlank();
        return named ? metadata.name() : key.client();
    }
}
