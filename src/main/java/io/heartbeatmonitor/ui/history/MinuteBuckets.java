package io.heartbeatmonitor.ui.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-minute sums of one client's counter growth, for the most recent minutes only. Storage grows
 * with the minutes actually seen, up to the limit, so a client watched for ten minutes costs ten
 * slots, not a day's worth.
 *
 * <p>Not thread-safe: one owner thread.
 */
public final class MinuteBuckets {

    private static final int FIRST_CAPACITY = 8;

    private final int maxMinutes;
    private long[] minutes;
    private long[] sent;
    private long[] received;
    private long[] errors;
    private int start;
    private int size;

    /** @param maxMinutes how many of the latest minutes to keep */
    public MinuteBuckets(int maxMinutes) {
        if (maxMinutes < 1) {
            throw new IllegalArgumentException("keep at least one minute");
        }
        this.maxMinutes = maxMinutes;
        allocate(Math.min(FIRST_CAPACITY, maxMinutes));
    }

    /**
     * Adds growth seen at {@code at} to its minute. A minute with zero growth is kept too: it
     * says the client was there and quiet. A reading older than the latest minute is added to
     * its own minute if that is still kept, otherwise to the latest one, so that nothing counted
     * is lost when the wall clock steps back.
     */
    public void add(Instant at, CounterGrowth growth) {
        long minute = Math.floorDiv(at.getEpochSecond(), 60);
        if (size == 0 || minute > minuteAt(size - 1)) {
            append(minute);
        }
        int slot = physical(findFromEnd(minute));
        sent[slot] += growth.sent();
        received[slot] += growth.received();
        errors[slot] += growth.errors();
    }

    /** The kept minutes that start within {@code [from, to)}, oldest first. */
    public List<MinuteMetrics> between(Instant from, Instant to) {
        List<MinuteMetrics> result = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Instant minute = Instant.ofEpochSecond(minuteAt(i) * 60);
            if (!minute.isBefore(from.minusSeconds(59)) && minute.isBefore(to)) {
                int slot = physical(i);
                result.add(new MinuteMetrics(minute, sent[slot], received[slot], errors[slot]));
            }
        }
        return result;
    }

    /** How many minutes are kept. */
    public int size() {
        return size;
    }

    private void append(long minute) {
        if (size == minutes.length) {
            if (minutes.length < maxMinutes) {
                grow();
            } else {
                start = (start + 1) % minutes.length;
                size--;
            }
        }
        int slot = physical(size);
        minutes[slot] = minute;
        sent[slot] = 0;
        received[slot] = 0;
        errors[slot] = 0;
        size++;
    }

    /** The logical index of {@code minute}, or of the latest minute when it is not kept. */
    private int findFromEnd(long minute) {
        for (int i = size - 1; i >= 0; i--) {
            if (minuteAt(i) == minute) {
                return i;
            }
            if (minuteAt(i) < minute) {
                break;
            }
        }
        return size - 1;
    }

    private long minuteAt(int index) {
        return minutes[physical(index)];
    }

    private int physical(int index) {
        return (start + index) % minutes.length;
    }

    private void grow() {
        long[] oldMinutes = minutes;
        long[] oldSent = sent;
        long[] oldReceived = received;
        long[] oldErrors = errors;
        int oldStart = start;
        allocate(Math.min(maxMinutes, oldMinutes.length * 2));
        for (int i = 0; i < size; i++) {
            int from = (oldStart + i) % oldMinutes.length;
            minutes[i] = oldMinutes[from];
            sent[i] = oldSent[from];
            received[i] = oldReceived[from];
            errors[i] = oldErrors[from];
        }
        start = 0;
    }

    private void allocate(int capacity) {
        minutes = new long[capacity];
        sent = new long[capacity];
        received = new long[capacity];
        errors = new long[capacity];
    }
}
