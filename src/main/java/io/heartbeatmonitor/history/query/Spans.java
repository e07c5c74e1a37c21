package io.heartbeatmonitor.history.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Set arithmetic on stretches of time. "Merged" lists are sorted, non-overlapping and without
 * empty spans; every method returns one and expects its list arguments to be one, except
 * {@link #merge}, which makes one.
 */
final class Spans {

    private Spans() {
    }

    /** Sorts, joins overlapping and touching spans, and drops empty ones. */
    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.removeIf(span -> span.length() == 0);
        sorted.sort(Comparator.comparingLong(Span::from));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.from() <= last.to()) {
                Span joined = new Span(last.from(), Math.max(last.to(), span.to()));
                merged.set(merged.size() - 1, joined);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The parts of {@code spans} within {@code window}. */
    static List<Span> clip(List<Span> spans, Span window) {
        List<Span> clipped = new ArrayList<>();
        for (Span span : spans) {
            Span part = new Span(Math.max(span.from(), window.from()),
                    Math.min(span.to(), window.to()));
            if (part.length() > 0) {
                clipped.add(part);
            }
        }
        return clipped;
    }

    /** The parts of {@code spans} outside every one of {@code holes}. */
    static List<Span> subtract(List<Span> spans, List<Span> holes) {
        List<Span> result = new ArrayList<>();
        int h = 0;
        for (Span span : spans) {
            long from = span.from();
            while (h < holes.size() && holes.get(h).to() <= from) {
                h++;
            }
            for (int i = h; i < holes.size() && holes.get(i).from() < span.to(); i++) {
                Span hole = holes.get(i);
                if (hole.from() > from) {
                    result.add(new Span(from, hole.from()));
                }
                from = Math.max(from, hole.to());
            }
            if (from < span.to()) {
                result.add(new Span(from, span.to()));
            }
        }
        return result;
    }

    /** The time {@code window} minus {@code spans}. */
    static List<Span> complement(List<Span> spans, Span window) {
        return subtract(List.of(window), spans);
    }

    /** The total length of the time both lists cover. */
    static long overlap(List<Span> a, List<Span> b) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Span x = a.get(i);
            Span y = b.get(j);
            total += Math.max(0, Math.min(x.to(), y.to()) - Math.max(x.from(), y.from()));
            if (x.to() < y.to()) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** How much of {@code from} to {@code to} the spans cover. */
    static long overlap(long from, long to, List<Span> spans) {
        long total = 0;
        for (Span span : spans) {
            total += Math.max(0, Math.min(to, span.to()) - Math.max(from, span.from()));
        }
        return total;
    }

    /** The total length of the spans. */
    static long total(List<Span> spans) {
        long total = 0;
        for (Span span : spans) {
            total += span.length();
        }
        return total;
    }
}
