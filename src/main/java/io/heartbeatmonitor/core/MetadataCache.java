package io.heartbeatmonitor.core;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands out one shared {@link Metadata} for metadata that repeats, as it does when a fleet's
 * clients send the same name, type and capabilities in every heartbeat. A shared instance costs
 * no allocation once seen, and the tracker and the history, which compare each heartbeat's
 * metadata with the client's last, find it equal by identity.
 *
 * <p>A small direct-mapped table like {@link TextCache}, whose Strings it expects: a miss
 * replaces the slot, so a fleet whose every client has metadata of its own simply misses and
 * pays what it would without the cache. Safe to share between threads without locks.
 */
final class MetadataCache {

    private static final int SLOTS = 1024;

    private final AtomicReferenceArray<Metadata> slots = new AtomicReferenceArray<>(SLOTS);

    /** Metadata equal to the parts given, shared when it was seen before. */
    Metadata metadata(String name, String type, List<String> capabilities) {
        int hash = 31 * (31 * hashOf(name) + hashOf(type)) + capabilities.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Metadata cached = slots.getPlain(slot);
        if (cached != null && cached.hasParts(name, type, capabilities)) {
            return cached;
        }
        Metadata created = new Metadata(name, type, capabilities);
        slots.setPlain(slot, created);
        return created;
    }

    private static int hashOf(String text) {
        return text == null ? 0 : text.hashCode();
    }
}
