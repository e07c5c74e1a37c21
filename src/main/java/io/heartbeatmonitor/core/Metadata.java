package io.heartbeatmonitor.core;

import java.util.List;

/**
 * What a client says about itself, in full in its first heartbeat. Any part may be absent.
 *
 * @param name a human-readable name, or null
 * @param type the kind of client, or null
 * @param capabilities what the client can do; empty when not reported
 */
public record Metadata(String name, String type, List<String> capabilities) {

    public static final Metadata EMPTY = new Metadata(null, null, List.of());

    public Metadata {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }
}
