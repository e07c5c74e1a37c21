package io.heartbeatmonitor.core;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Hands out one shared {@link String} for text that repeats from heartbeat to heartbeat, such as
 * versions, client types and capabilities, so that reading them allocates nothing once seen.
 *
 * <p>A small direct-mapped table: a miss simply replaces the slot. Safe to share between threads
 * without locks, because Strings are immutable and a lost race only costs an allocation.
 */
final class TextCache {

    private static final int SLOTS = 2048;
    private static final int LONGEST = 64;

    private final AtomicReferenceArray<String> slots = new AtomicReferenceArray<>(SLOTS);

    /** The text of {@code length} chars at {@code offset}, as a shared String where possible. */
    String text(char[] chars, int offset, int length) {
        if (length > LONGEST) {
            return new String(chars, offset, length);
        }
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String cached = slots.getPlain(slot);
        if (cached != null && JsonText.sameChars(cached, chars, offset, length)) {
            return cached;
        }
        String created = new String(chars, offset, length);
        slots.setPlain(slot, created);
        return created;
    }
}
