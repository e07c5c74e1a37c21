package io.heartbeatmonitor.ui.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of time in which the monitor had a NATS connection and so could see heartbeats.
 * Not thread-safe: guarded by the owner's lock.
 */
final class MonitoredTime {

    /** One stretch; {@code end} is null while it lasts. */
    record Stretch(Instant start, Instant end) {
    }

    private final List<Stretch> stretches = new ArrayList<>();

    void connected(Instant at) {
        if (!isWatching()) {
            stretches.add(new Stretch(at, null));
        }
    }

    void disconnected(Instant at) {
        if (isWatching()) {
            Stretch open = stretches.remove(stretches.size() - 1);
            stretches.add(new Stretch(open.start(), at.isBefore(open.start()) ? open.start() : at));
        }
    }

    boolean isWatching() {
        return !stretches.isEmpty() && stretches.get(stretches.size() - 1).end() == null;
    }

    /** The watched stretches cut to {@code [from, to)}; an open one counts as lasting until {@code to}. */
    List<Stretch> within(Instant from, Instant to) {
        List<Stretch> result = new ArrayList<>();
        for (Stretch stretch : stretches) {
            Instant start = later(stretch.start(), from);
            Instant end = stretch.end() == null ? to : earlier(stretch.end(), to);
            if (start.isBefore(end)) {
                result.add(new Stretch(start, end));
            }
        }
        return result;
    }

    /** How long the monitor watched within {@code [from, to)}. */
    Duration total(Instant from, Instant to) {
        Duration sum = Duration.ZERO;
        for (Stretch stretch : within(from, to)) {
            sum = sum.plus(Duration.between(stretch.start(), stretch.end()));
        }
        return sum;
    }

    /** Forgets stretches that ended before {@code horizon}. */
    void forgetBefore(Instant horizon) {
        stretches.removeIf(stretch -> stretch.end() != null && stretch.end().isBefore(horizon));
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
