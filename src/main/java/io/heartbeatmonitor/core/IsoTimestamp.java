package io.heartbeatmonitor.core;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads ISO-8601 timestamps that carry an offset ({@code Z} or {@code +02:00}), as heartbeats
 * send them. The common shape {@code 2026-01-02T03:04:05.123456+00:00} is read by hand because
 * {@link DateTimeFormatter} costs about a microsecond a call, which is most of the budget of a
 * heartbeat; every other shape falls back to the formatter.
 */
final class IsoTimestamp {

    private static final int SECONDS_PER_DAY = 86_400;

    private IsoTimestamp() {
    }

    /** Returns the instant, or null when the text is not an ISO-8601 date-time with offset. */
    static Instant parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }

    /**
     * Like {@link #parse(String)}, for text in a char buffer, as a streaming parser holds it. Read
     * in place: the hand-written shape is checked on the chars themselves, with no wrapper.
     */
    static Instant parse(char[] chars, int offset, int length) {
        try {
            Instant fast = parseCommonShape(chars, offset, length);
            if (fast != null) {
                return fast;
            }
            String text = new String(chars, offset, length);
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The hand-written reader of the common shape; null for any other shape, valid or not.
     * Positions below are counted from {@code o}, the text's first char in {@code s}.
     */
    static Instant parseCommonShape(char[] s, int o, int length) {
        if (length < 20 || s[o + 4] != '-' || s[o + 7] != '-' || s[o + 10] != 'T'
                || s[o + 13] != ':' || s[o + 16] != ':') {
            return null;
        }
        int year = digits(s, o, 4);
        int month = digits(s, o + 5, 2);
        int day = digits(s, o + 8, 2);
        int hour = digits(s, o + 11, 2);
        int minute = digits(s, o + 14, 2);
        int second = digits(s, o + 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int pos = 19;
        long nanos = 0;
        if (s[o + pos] == '.') {
            int start = ++pos;
            while (pos < length && isDigit(s[o + pos])) {
                pos++;
            }
            int count = pos - start;
            if (count == 0 || count > 9) {
                return null;
            }
            nanos = digits(s, o + start, count);
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offsetSeconds(s, o + pos, length - pos);
        if (offsetSeconds == Integer.MIN_VALUE) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** Reads {@code Z} or {@code ±HH:MM}, all of the {@code remaining} chars; MIN_VALUE when it is neither. */
    private static int offsetSeconds(char[] s, int pos, int remaining) {
        if (remaining == 1 && s[pos] == 'Z') {
            return 0;
        }
        if (remaining != 6 || s[pos + 3] != ':') {
            return Integer.MIN_VALUE;
        }
        char sign = s[pos];
        int hours = digits(s, pos + 1, 2);
        int minutes = digits(s, pos + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || minutes > 59
                || hours * 60 + minutes > 18 * 60) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(char[] s, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = s[i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
