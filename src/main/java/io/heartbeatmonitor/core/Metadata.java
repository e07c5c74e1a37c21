package io.heartbeatmonitor.core;

import java.util.List;
import java.util.Objects;

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

    // Written out rather than left to the record: the tracker and the history compare every
    // heartbeat's metadata with the client's last, and the generated method goes through
    // method handles; parsed metadata is often the very same instance (see MetadataCache).
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Metadata that && hasParts(that.name, that.type, that.capabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, capabilities);
    }

    /** Whether this metadata consists of exactly these parts. */
    boolean hasParts(String otherName, String otherType, List<String> otherCapabilities) {
        return Objects.equals(name, otherName) && Objects.equals(type, otherType)
                && capabilities.equals(otherCapabilities);
    }
}
