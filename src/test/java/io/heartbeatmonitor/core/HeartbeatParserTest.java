package io.heartbeatmonitor.core;

import static io.heartbeatmonitor.core.Payloads.bytes;
import static io.heartbeatmonitor.core.Payloads.json;
import static io.heartbeatmonitor.core.ParseResults.assertAccepted;
import static io.heartbeatmonitor.core.ParseResults.assertOneLine;
import static io.heartbeatmonitor.core.ParseResults.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every reason a heartbeat can be rejected for, each with a detail that names the culprit. */
class HeartbeatParserTest {

    private final HeartbeatParser parser = new HeartbeatParser();

    @Nested
    class NotJson {

        @ParameterizedTest
        @ValueSource(strings = {
            "",
            "   \n",
            "not json",
            "{",
            "{\"client_id\": \"worker-7\",}",
            "{\"client_id\": \"worker-7\" \"tenant_id\": \"acme\"}",
            "{'client_id': 'worker-7'}",
            "{} {}",
            "{} trailing",
        })
        void payloadThatIsNotOneJsonValueIsRejected(String payload) {
            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.NOT_JSON, rejection.reason());
            assertOneLine(rejection.detail());
        }

        @Test
        void duplicateFieldIsRejectedRatherThanOneValueSilentlyWinning() {
            String payload = Payloads.PROTOCOL_EXAMPLE.replace(
                    "\"status\": \"healthy\"", "\"status\": \"healthy\", \"status\": \"unhealthy\"");

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.NOT_JSON, rejection.reason());
            assertDetailNames(rejection, "status");
        }

        @Test
        void invalidUtf8IsRejected() {
            byte[] payload = bytes(Payloads.PROTOCOL_EXAMPLE.replace("My Client", "My \u00ff"));
            int at = indexOf(payload, (byte) 0xC3);
            payload[at + 1] = (byte) 0x28;

            Rejection rejection = assertRejected(parse(payload));

            assertEquals(RejectReason.NOT_JSON, rejection.reason());
            assertOneLine(rejection.detail());
        }
    }

    @Nested
    class NotAnObject {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
            [1, 2]             | an array
            "healthy"          | a string
            42                 | a number
            true               | a boolean
            null               | null
            """)
        void jsonValueOtherThanAnObjectIsRejected(String payload, String described) {
            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.NOT_AN_OBJECT, rejection.reason());
            assertDetailNames(rejection, described);
        }
    }

    @Nested
    class MissingField {

        @ParameterizedTest
        @ValueSource(strings = {
            "client_id", "tenant_id", "timestamp", "version", "status", "metrics",
            "metrics.messages_sent", "metrics.messages_received", "metrics.errors",
            "metrics.uptime_seconds",
        })
        void payloadWithoutARequiredFieldIsRejected(String path) {
            ObjectNode payload = Payloads.remove(Payloads.valid(), path);

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.MISSING_FIELD, rejection.reason());
            assertDetailNames(rejection, "'" + path + "'");
        }
    }

    @Nested
    class WrongType {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
            client_id                 | 42                     | client_id
            client_id                 | null                   | client_id
            tenant_id                 | true                   | tenant_id
            timestamp                 | 1772618400             | timestamp
            version                   | 1.0                    | version
            status                    | ["healthy"]            | status
            status                    | null                   | status
            metrics                   | "lots"                 | metrics
            metrics                   | [1, 2, 3, 4]           | metrics
            metrics                   | null                   | metrics
            metrics.messages_sent     | "12"                   | metrics.messages_sent
            metrics.messages_received | 1.5                    | metrics.messages_received
            metrics.errors            | 0.0                    | metrics.errors
            metrics.errors            | null                   | metrics.errors
            metrics.uptime_seconds    | 1e3                    | metrics.uptime_seconds
            metrics.uptime_seconds    | 99999999999999999999   | metrics.uptime_seconds
            metadata                  | "My Client"            | metadata
            metadata                  | []                     | metadata
            metadata.name             | 7                      | metadata.name
            metadata.type             | {}                     | metadata.type
            metadata.capabilities     | "process"              | metadata.capabilities
            metadata.capabilities     | ["process", 3]         | metadata.capabilities[1]
            """)
        void fieldOfTheWrongTypeIsRejected(String path, String value, String named) {
            ObjectNode payload = Payloads.set(Payloads.valid(), path, json(value));

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.WRONG_TYPE, rejection.reason());
            assertDetailNames(rejection, "'" + named + "'");
        }
    }

    @Nested
    class UnknownStatus {

        @ParameterizedTest
        @ValueSource(strings = {"Healthy", "HEALTHY", "ok", "", " healthy", "offline", "Disconnecting"})
        void statusOutsideTheProtocolIsRejectedCaseSensitively(String status) {
            ObjectNode payload = Payloads.valid().put("status", status);

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.UNKNOWN_STATUS, rejection.reason());
            assertDetailNames(rejection, "status '" + status + "'");
        }
    }

    @Nested
    class NegativeCounter {

        @ParameterizedTest
        @ValueSource(strings = {
            "metrics.messages_sent", "metrics.messages_received", "metrics.errors",
            "metrics.uptime_seconds",
        })
        void negativeCounterIsRejected(String path) {
            ObjectNode payload = Payloads.set(Payloads.valid(), path, json("-1"));

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.NEGATIVE_COUNTER, rejection.reason());
            assertDetailNames(rejection, "'" + path + "'");
        }
    }

    @Nested
    class BadTimestamp {

        @ParameterizedTest
        @ValueSource(strings = {
            "yesterday",
            "",
            "1772618400",
            "2026-02-30T10:00:00Z",
            "2026-03-04T24:00:00Z",
            "2026-03-04 10:00:00+00:00",
            "ISO8601",
        })
        void unparsableTimestampIsRejected(String timestamp) {
            ObjectNode payload = Payloads.valid().put("timestamp", timestamp);

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.BAD_TIMESTAMP, rejection.reason());
            assertDetailNames(rejection, "timestamp '" + timestamp + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-04T10:00:00", "2026-03-04T10:00:00.123456"})
        void timestampWithoutOffsetIsRejectedBecauseItsInstantIsUnknown(String timestamp) {
            ObjectNode payload = Payloads.valid().put("timestamp", timestamp);

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.BAD_TIMESTAMP, rejection.reason());
            assertDetailNames(rejection, timestamp);
        }
    }

    @Nested
    class IdMismatch {

        @ParameterizedTest
        @CsvSource({"client_id, worker-8", "client_id, Worker-7", "tenant_id, other", "tenant_id, ACME"})
        void idThatDiffersFromTheSubjectIsRejectedNotMerged(String field, String value) {
            ObjectNode payload = Payloads.valid().put(field, value);

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(RejectReason.ID_MISMATCH, rejection.reason());
            assertDetailNames(rejection, field + " '" + value + "'");
        }

        @Test
        void rejectionIsChargedToTheClientOfTheSubject() {
            ObjectNode payload = Payloads.valid().put("client_id", "worker-8");

            Rejection rejection = assertRejected(parse(bytes(payload)));

            assertEquals(Payloads.KEY, rejection.key());
            assertEquals(Payloads.SUBJECT, rejection.subject());
        }
    }

    @Nested
    class TooLarge {

        @Test
        void payloadOverSixtyFourKibibytesIsRejectedUnread() {
            byte[] payload = new byte[HeartbeatParser.MAX_PAYLOAD_BYTES + 1];
            Arrays.fill(payload, (byte) '[');

            Rejection rejection = assertRejected(parse(payload));

            assertEquals(RejectReason.TOO_LARGE, rejection.reason());
            assertDetailNames(rejection, String.valueOf(payload.length));
        }

        @Test
        void validPayloadOfExactlySixtyFourKibibytesIsAccepted() {
            byte[] payload = padded(HeartbeatParser.MAX_PAYLOAD_BYTES);

            assertAccepted(parse(payload));
        }

        @Test
        void validPayloadOneByteOverTheLimitIsRejected() {
            byte[] payload = padded(HeartbeatParser.MAX_PAYLOAD_BYTES + 1);

            assertEquals(RejectReason.TOO_LARGE, assertRejected(parse(payload)).reason());
        }

        /** The example payload followed by spaces, which JSON allows, up to {@code size}. */
        private static byte[] padded(int size) {
            byte[] example = bytes(Payloads.PROTOCOL_EXAMPLE);
            byte[] payload = Arrays.copyOf(example, size);
            Arrays.fill(payload, example.length, size, (byte) ' ');
            return payload;
        }
    }

    @Nested
    class BadSubject {

        @ParameterizedTest
        @ValueSource(strings = {
            "_HEARTBEAT.tenant.acme", "_HEARTBEAT.tenant.acme.client.worker-7.x", "heartbeat", "",
        })
        void validPayloadOnASubjectOutsideTheSchemeIsRejected(String subject) {
            byte[] payload = bytes(Payloads.PROTOCOL_EXAMPLE);

            Rejection rejection = assertRejected(parser.parse(subject, payload));

            assertEquals(RejectReason.BAD_SUBJECT, rejection.reason());
            assertNull(rejection.key());
            assertEquals(subject, rejection.subject());
            assertDetailNames(rejection, "subject");
        }

        @Test
        void missingSubjectIsRejectedWithoutThrowing() {
            Rejection rejection = assertRejected(parser.parse(null, bytes(Payloads.PROTOCOL_EXAMPLE)));

            assertEquals(RejectReason.BAD_SUBJECT, rejection.reason());
            assertNull(rejection.key());
        }
    }

    @ParameterizedTest
    @CsvSource({"status, UNKNOWN_STATUS", "timestamp, BAD_TIMESTAMP", "client_id, ID_MISMATCH",
        "tenant_id, ID_MISMATCH"})
    void lineBreaksInAQuotedValueDoNotBreakTheDetailIntoLines(String field, RejectReason reason) {
        ObjectNode payload = Payloads.valid().put(field, "first\nsecond\r\nthird\u2028");

        Rejection rejection = assertRejected(parse(bytes(payload)));

        assertEquals(reason, rejection.reason());
        assertDetailNames(rejection, field);
        assertTrue(rejection.detail().contains("first") && rejection.detail().contains("third"),
                rejection::detail);
    }

    @Test
    void describeStartsWithTheReasonCode() {
        ObjectNode payload = Payloads.valid().put("status", "Healthy");

        Rejection rejection = assertRejected(parse(bytes(payload)));

        assertTrue(rejection.describe().startsWith("unknown-status: "), rejection.describe());
    }

    private ParseResult parse(byte[] payload) {
        return parser.parse(Payloads.SUBJECT, payload);
    }

    private static void assertDetailNames(Rejection rejection, String text) {
        assertTrue(rejection.detail().contains(text),
                () -> "detail should name " + text + ": " + rejection.detail());
        assertOneLine(rejection.detail());
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("byte not found");
    }
}
