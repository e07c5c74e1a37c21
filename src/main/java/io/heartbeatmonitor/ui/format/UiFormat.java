package io.heartbeatmonitor.ui.format;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times, ages and numbers as the window writes them. */
public final class UiFormat {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private UiFormat() {
    }

    /** A time of day in this machine's zone, such as {@code 14:02:11}. */
    public static String clock(Instant at) {
        return at == null ? "—" : CLOCK.format(at.atZone(ZoneId.systemDefault()));
    }

    /** A date and time in this machine's zone, such as {@code 2025-03-01 14:02:11}. */
    public static String dateTime(Instant at) {
        return at == null ? "—" : DATE_TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /**
     * A moment as briefly as it stays clear: the time of day when it was today, as seen at
     * {@code now}, else the date and the time.
     */
    public static String when(Instant at, Instant now) {
        if (at == null) {
            return "—";
        }
        ZoneId zone = ZoneId.systemDefault();
        boolean today = at.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return today ? clock(at) : dateTime(at);
    }

    /**
     * A length of time in the two largest units that matter, such as {@code 4 s},
     * {@code 2 min 05 s}, {@code 3 h 07 min} or {@code 2 d 04 h}.
     */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            return String.format(Locale.ROOT, "%d min %02d s", minutes, seconds % 60);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return String.format(Locale.ROOT, "%d h %02d min", hours, minutes % 60);
        }
        return String.format(Locale.ROOT, "%d d %02d h", hours / 24, hours % 24);
    }

    /** The time from {@code since} to {@code now}, as {@link #duration(Duration)} writes it. */
    public static String age(Instant since, Instant now) {
        return since == null ? "—" : duration(Duration.between(since, now));
    }

    /** A clock difference with its sign, such as {@code +2 min 14 s} or {@code −850 ms}. */
    public static String skew(Duration skew) {
        if (skew == null) {
            return "—";
        }
        String sign = skew.isNegative() ? "\u2212" : "+";
        Duration size = skew.abs();
        if (size.toMillis() < 1000) {
            return sign + size.toMillis() + " ms";
        }
        return sign + duration(size);
    }

    /** A share as a percentage with one decimal, such as {@code 99.4 %}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /**
     * A rate per second: with one decimal while it is small ({@code 37.4}), a whole number with
     * grouped thousands above a hundred ({@code 261 943}), so that a flood still fits its tile.
     */
    public static String rate(double perSecond) {
        if (perSecond < 100) {
            return String.format(Locale.ROOT, "%.1f", perSecond);
        }
        return count(Math.round(perSecond));
    }

    /** A whole number with thousands grouped by thin spaces, such as {@code 12 345}. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', '\u2009');
    }
}
