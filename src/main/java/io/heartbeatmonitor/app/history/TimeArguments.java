package io.heartbeatmonitor.app.history;

import io.heartbeatmonitor.history.query.TimeRange;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Reads the time options of {@code history}: {@code --from} and {@code --to} take an ISO-8601
 * instant ({@code 2026-03-04T10:00:00Z}, {@code 2026-03-04T11:00+01:00}), a local date-time
 * ({@code 2026-03-04T10:00}) or a date ({@code 2026-03-04}), local ones in the user's time zone.
 * A date means its whole day: {@code --from} its start, {@code --to} its end.
 */
public final class TimeArguments {

    private TimeArguments() {
    }

    /** The start of a range. */
    public static Instant from(String text, ZoneId zone) {
        return parse("--from", text, zone, false);
    }

    /** The end of a range. */
    public static Instant to(String text, ZoneId zone) {
        return parse("--to", text, zone, true);
    }

    /**
     * The range the options describe: {@code --from}/{@code --to}, or {@code --since} before
     * {@code --to} (or now); 24 hours up to now when none is given.
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static TimeRange range(String from, String to, Duration since, Instant now,
            ZoneId zone) {
        if (from != null && since != null) {
            throw new IllegalArgumentException("--since and --from exclude each other");
        }
        Instant end = to == null ? now : to(to, zone);
        Duration length = since != null ? since : Duration.ofHours(24);
        Instant start = from != null ? from(from, zone) : end.minus(length);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the range ends before it starts (" + start + " to "
                    + end + ")");
        }
        return new TimeRange(start, end);
    }

    private static Instant parse(String option, String text, ZoneId zone, boolean endOfDay) {
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z") || value.endsWith("z")) {
                return Instant.parse(value.toUpperCase(Locale.ROOT));
            }
            if (hasOffset(value)) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a time; write it"
                    + " like 2026-03-04, 2026-03-04T10:00 or 2026-03-04T10:00:00Z");
        }
    }

    /** Whether a date-time ends in an offset such as {@code +01:00} or {@code -0500}. */
    private static boolean hasOffset(String value) {
        int time = value.indexOf('T');
        return time > 0 && (value.indexOf('+', time) > 0 || value.indexOf('-', time) > 0);
    }
}
