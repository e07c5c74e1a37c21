package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampTest {

    /** Fixed so that a failure can be reproduced; the inputs are random, the run is not. */
    private static final long SEED = 20_260_304L;
    private static final int TRIES = 1_000;

    @Nested
    class CommonShapes {

        @ParameterizedTest
        @CsvSource({
            "2026-03-04T10:00:00Z,                2026-03-04T10:00:00Z",
            "2026-03-04T10:00:00+00:00,           2026-03-04T10:00:00Z",
            "2026-03-04T10:00:00-00:00,           2026-03-04T10:00:00Z",
            "2026-03-04T10:00:00-05:30,           2026-03-04T15:30:00Z",
            "2026-03-04T10:00:00+14:00,           2026-03-03T20:00:00Z",
            "2026-03-04T10:00:00+18:00,           2026-03-03T16:00:00Z",
            "2026-03-04T10:00:00-18:00,           2026-03-05T04:00:00Z",
            "2026-03-04T10:00:00.1Z,              2026-03-04T10:00:00.100Z",
            "2026-03-04T10:00:00.123456+00:00,    2026-03-04T10:00:00.123456Z",
            "2026-03-04T10:00:00.123456789+01:00, 2026-03-04T09:00:00.123456789Z",
            "2024-02-29T23:59:59.999999999Z,      2024-02-29T23:59:59.999999999Z",
            "1970-01-01T00:00:00Z,                1970-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z,                0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59+00:00,           9999-12-31T23:59:59Z",
        })
        void readsTheInstant(String text, String expected) {
            assertEquals(Instant.parse(expected), IsoTimestamp.parse(text));
        }

        @Test
        void readsEveryNumberOfFractionalDigitsFromNoneToNine() {
            String digits = "123456789";

            for (int count = 0; count <= 9; count++) {
                String fraction = count == 0 ? "" : "." + digits.substring(0, count);
                String text = "2026-03-04T10:00:00" + fraction + "+02:00";

                assertEquals(reference(text), IsoTimestamp.parse(text), text);
            }
        }

        @Test
        void agreesWithTheJdkOnEveryOffsetUpToTwentyHoursEitherWay() {
            // The JDK allows at most 18:00; the fast path must refuse what lies beyond.
            for (int hours = 0; hours < 20; hours++) {
                for (int minutes = 0; minutes < 60; minutes++) {
                    for (char sign : new char[] {'+', '-'}) {
                        String text = String.format("2026-03-04T10:00:00%c%02d:%02d",
                                sign, hours, minutes);

                        assertEquals(reference(text), IsoTimestamp.parse(text), text);
                    }
                }
            }
        }

        @Test
        void agreesWithTheJdkOnRandomInstantsOffsetsAndPrecisions() {
            Random random = new Random(SEED);

            for (int i = 0; i < TRIES; i++) {
                String text = randomTimestamp(random);

                assertEquals(reference(text), IsoTimestamp.parse(text), text);
            }
        }

        @Test
        void areReadByHandInPlaceInsideABuffer() {
            // The hand-written reader alone, without the JDK to fall back on, on text as a
            // streaming parser holds it: inside a buffer, with digits on either side that a
            // read past either end of the text would take in.
            Random random = new Random(SEED);

            for (int i = 0; i < TRIES; i++) {
                String text = randomTimestamp(random);
                char[] buffer = ("12" + text + "34").toCharArray();

                assertEquals(reference(text), IsoTimestamp.parseCommonShape(buffer, 2, text.length()), text);
            }
        }
    }

    @Nested
    class OtherShapes {

        @ParameterizedTest
        @ValueSource(strings = {
            "2026-03-04T10:00Z",
            "2026-03-04T10:00+01:00",
            "2026-03-04t10:00:00z",
            "2026-03-04T10:00:00+05:30:15",
            "2026-03-04T10:00:00+05",
            "2026-03-04T10:00:00.+00:00",
            "+2026-03-04T10:00:00Z",
        })
        void fallBackToTheJdkAndAgreeWithIt(String text) {
            assertEquals(reference(text), IsoTimestamp.parse(text));
        }

        @Test
        void agreeWithTheJdkOnRandomEditsOfValidTimestamps() {
            // Edits with the characters a timestamp is made of land on both the hand-written
            // fast path and the fallback, valid or not, and both must give the JDK's answer.
            Random random = new Random(SEED);
            String alphabet = "0123456789-+:.TZtz ";

            for (int i = 0; i < TRIES * 5; i++) {
                StringBuilder text = new StringBuilder(randomTimestamp(random));
                int edits = 1 + random.nextInt(2);
                for (int e = 0; e < edits; e++) {
                    edit(text, random, alphabet);
                }

                String edited = text.toString();
                assertEquals(reference(edited), IsoTimestamp.parse(edited), edited);
                char[] buffer = ("12" + edited + "34").toCharArray();
                assertEquals(reference(edited), IsoTimestamp.parse(buffer, 2, edited.length()), edited);
            }
        }
    }

    @Nested
    class Invalid {

        @ParameterizedTest
        @ValueSource(strings = {
            "2026-02-30T10:00:00Z",
            "2025-02-29T10:00:00Z",
            "2026-04-31T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-00-01T10:00:00Z",
            "2026-03-00T10:00:00Z",
            "2026-03-04T24:00:00Z",
            "2026-03-04T10:60:00Z",
            "2026-03-04T10:00:60Z",
            "2026-03-04T23:59:60Z",
        })
        void dateOrTimeThatDoesNotExistIsNull(String text) {
            assertNull(IsoTimestamp.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "2026-03-04T10:00:00",
            "2026-03-04T10:00:00.123456",
            "2026-03-04T10:00:00+0000",
            "2026-03-04T10:00:00 +00:00",
            "2026-03-04T10:00:00ZZ",
            "2026-03-04T10:00:00+18:01",
            "2026-03-04T10:00:00+18:30",
            "2026-03-04T10:00:00-18:59",
            "2026-03-04T10:00:00+19:00",
            "2026-03-04T10:00:00+05:60",
            "2026-03-04T10:00:00.1234567890Z",
            "2026-03-04 10:00:00+00:00",
            "2026-03-04",
            "ISO8601",
            "",
            "1772618400",
        })
        void textWithoutAValidOffsetOrNotIsoAtAllIsNull(String text) {
            assertNull(IsoTimestamp.parse(text));
        }
    }

    /** What {@link OffsetDateTime#parse} makes of the text, or null when it refuses it. */
    private static Instant reference(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A valid timestamp in the common shape: 0 to 9 fraction digits, Z or ±HH:MM. */
    private static String randomTimestamp(Random random) {
        int year = 1 + random.nextInt(9999);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth());
        LocalDateTime local = LocalDateTime.of(year, month, day,
                random.nextInt(24), random.nextInt(60), random.nextInt(60));
        StringBuilder text = new StringBuilder(local.format(DateTimeFormatter.ofPattern(
                "uuuu-MM-dd'T'HH:mm:ss")));

        int fractionDigits = random.nextInt(10);
        if (fractionDigits > 0) {
            text.append('.');
            for (int i = 0; i < fractionDigits; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }

        int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
        if (offsetMinutes == 0 && random.nextBoolean()) {
            text.append('Z');
        } else {
            text.append(ZoneOffset.ofTotalSeconds(offsetMinutes * 60).getId()
                    .replace("Z", random.nextBoolean() ? "+00:00" : "-00:00"));
        }
        return text.toString();
    }

    private static void edit(StringBuilder text, Random random, String alphabet) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
            case 0 -> text.setCharAt(at, c);
            case 1 -> text.insert(at, c);
            default -> text.deleteCharAt(at);
        }
    }
}
