package io.heartbeatmonitor.core;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The exact bytes of metadata objects that were read and found valid, with what they read as, so
 * that the parser's quick way can step over an object it has seen before instead of reading its
 * fields again: a fleet's clients tend to send the same metadata in every heartbeat, and reading
 * it was a fifth of the work on a heartbeat.
 *
 * <p>The same bytes in the same place make the same metadata, so a match needs no further check;
 * only the object's bytes are compared, and they are always compared in full.
 *
 * <p>A small direct-mapped table, whose slot is chosen by the first bytes of an object. An image
 * is kept only for metadata seen twice in a row for its slot, as the same shared instance of the
 * {@link MetadataCache}: metadata that does not repeat, or repeats among more clients than that
 * cache holds, never gets an image, so it never pays for copying one.
 *
 * <p>Safe to share between threads without locks: images are never changed once made, and a
 * lost race only costs a copy.
 */
final class MetadataImages {

    private static final int SLOTS = 256;
    /**
     * How many of an object's first bytes choose its slot: enough to reach past the start that
     * names in a fleet often share, as in {@code {"name":"Data Processor 12"}}, so that such
     * clients do not take turns in one slot and never keep an image.
     */
    private static final int KEY_BYTES = 48;
    /** Larger objects are always read. */
    private static final int LONGEST = 1024;

    /** The bytes of one metadata object, and what they read as. */
    record Image(byte[] bytes, Metadata metadata) {
    }

    private final AtomicReferenceArray<Image> images = new AtomicReferenceArray<>(SLOTS);
    /** Per slot, the metadata last offered without an image, waiting to be seen again. */
    private final AtomicReferenceArray<Metadata> candidates = new AtomicReferenceArray<>(SLOTS);

    /** The image that the bytes of {@code payload} from {@code start} on begin with, or null. */
    Image find(byte[] payload, int start) {
        Image image = images.getPlain(slot(payload, start));
        if (image == null) {
            return null;
        }
        int end = start + image.bytes.length;
        return end <= payload.length && Arrays.equals(image.bytes, 0, image.bytes.length, payload, start, end)
                ? image : null;
    }

    /** Offers the bytes {@code [start, end)} of {@code payload}, which were read as {@code metadata}. */
    void offer(byte[] payload, int start, int end, Metadata metadata) {
        if (end - start > LONGEST) {
            return;
        }
        int slot = slot(payload, start);
        Image kept = images.getPlain(slot);
        if (candidates.getPlain(slot) == metadata) {
            images.setPlain(slot, new Image(Arrays.copyOfRange(payload, start, end), metadata));
            candidates.setPlain(slot, null);
        } else if (kept == null || kept.metadata != metadata) {
            // Metadata that already has an image here, in other bytes (other spacing), keeps it.
            candidates.setPlain(slot, metadata);
        }
    }

    private static int slot(byte[] payload, int start) {
        int end = Math.min(payload.length, start + KEY_BYTES);
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + payload[i];
        }
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
