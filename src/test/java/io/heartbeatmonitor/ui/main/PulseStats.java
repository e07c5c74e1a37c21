package io.heartbeatmonitor.ui.main;

import java.util.Arrays;
import java.util.Locale;

/** Durations collected on the FX thread, summarised as percentiles in milliseconds. */
final class PulseStats {

    private long[] nanos = new long[1024];
    private int size;

    void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    void clear() {
        size = 0;
    }

    int count() {
        return size;
    }

    /** "p50 0.4 ms, p99 2.1 ms, max 9.8 ms (n = 900)". */
    String summary() {
        if (size == 0) {
            return "no samples";
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "p50 %5.2f ms  p99 %6.2f ms  max %6.2f ms  (n = %d)",
                millis(sorted, 0.50), millis(sorted, 0.99), sorted[size - 1] / 1e6, size);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
