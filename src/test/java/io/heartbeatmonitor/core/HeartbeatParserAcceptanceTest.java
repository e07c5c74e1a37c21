package io.heartbeatmonitor.core;

import static io.heartbeatmonitor.core.ParseResults.assertAccepted;
import static io.heartbeatmonitor.core.Payloads.bytes;
import static io.heartbeatmonitor.core.Payloads.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Payloads that follow the protocol, in the shapes real clients send them. */
class HeartbeatParserAcceptanceTest {

    private final HeartbeatParser parser = new HeartbeatParser();

    @Test
    void protocolExampleIsReadWithEveryField() {
        byte[] payload = bytes(Payloads.PROTOCOL_EXAMPLE);

        Heartbeat heartbeat = assertAccepted(parser.parse(Payloads.SUBJECT, payload));

        assertEquals(Payloads.KEY, heartbeat.key());
        assertEquals(Instant.parse("2026-03-04T10:00:00.123456Z"), heartbeat.timestamp());
        assertEquals("1.0.0", heartbeat.version());
        assertEquals(ClientStatus.HEALTHY, heartbeat.status());
        assertEquals(new Metrics(120, 98, 2, 3600), heartbeat.metrics());
        assertEquals(new Metadata("My Client", "data_processor",
                List.of("process", "analyze", "report")), heartbeat.metadata());
    }

    @ParameterizedTest
    @CsvSource({"healthy, HEALTHY", "degraded, DEGRADED", "unhealthy, UNHEALTHY",
        "disconnecting, DISCONNECTING"})
    void everyStatusOfTheProtocolIsAccepted(String wire, ClientStatus expected) {
        ObjectNode payload = Payloads.valid().put("status", wire);

        assertEquals(expected, parse(payload).status());
    }

    @Test
    void countersUpToTheLargestLongAreAccepted() {
        ObjectNode payload = Payloads.set(Payloads.valid(), "metrics.errors",
                json(String.valueOf(Long.MAX_VALUE)));

        assertEquals(Long.MAX_VALUE, parse(payload).metrics().errors());
    }

    @Test
    void fieldOrderDoesNotMatter() {
        String payload = """
                {"metrics": {"uptime_seconds": 5, "errors": 0, "messages_received": 1,
                 "messages_sent": 2}, "status": "degraded", "version": "2.1", "timestamp":
                 "2026-03-04T10:00:00Z", "tenant_id": "acme", "client_id": "worker-7"}""";

        Heartbeat heartbeat = assertAccepted(parser.parse(Payloads.SUBJECT, bytes(payload)));

        assertEquals(new Metrics(2, 1, 0, 5), heartbeat.metrics());
        assertEquals(ClientStatus.DEGRADED, heartbeat.status());
    }

    @Test
    void escapedCharactersInIdsAreComparedAfterDecoding() {
        String subject = "_HEARTBEAT.tenant.caf\u00e9.client.w\u00f6rker";
        String payload = Payloads.PROTOCOL_EXAMPLE
                .replace("\"acme\"", "\"caf\\u00e9\"").replace("\"worker-7\"", "\"w\\u00f6rker\"");

        Heartbeat heartbeat = assertAccepted(parser.parse(subject, bytes(payload)));

        assertEquals(new ClientKey("caf\u00e9", "w\u00f6rker"), heartbeat.key());
    }

    @Nested
    class OptionalMetadata {

        @Test
        void heartbeatWithoutMetadataHasNone() {
            ObjectNode payload = Payloads.remove(Payloads.valid(), "metadata");

            assertNull(parse(payload).metadata());
        }

        @Test
        void nullMetadataCountsAsLeftOut() {
            ObjectNode payload = Payloads.set(Payloads.valid(), "metadata", json("null"));

            assertNull(parse(payload).metadata());
        }

        @Test
        void partsOfTheMetadataMayBeAbsentOrNull() {
            ObjectNode payload = Payloads.set(Payloads.valid(), "metadata",
                    json("{\"name\": \"Only a name\", \"type\": null, \"capabilities\": null}"));

            assertEquals(new Metadata("Only a name", null, List.of()), parse(payload).metadata());
        }

        @Test
        void emptyMetadataObjectIsEmptyMetadata() {
            ObjectNode payload = Payloads.set(Payloads.valid(), "metadata", json("{}"));

            assertEquals(Metadata.EMPTY, parse(payload).metadata());
        }
    }

    @Test
    void unknownFieldsAreSkippedAtEveryLevel() {
        ObjectNode payload = Payloads.valid();
        payload.set("region", json("{\"zone\": [\"eu-1\", {\"rack\": 7}], \"primary\": true}"));
        Payloads.set(payload, "metrics.cpu_percent", json("12.5"));
        Payloads.set(payload, "metrics.queues", json("[[1, 2], {\"a\": null}]"));
        Payloads.set(payload, "metadata.owner", json("{\"team\": \"ops\"}"));

        Heartbeat heartbeat = parse(payload);

        assertEquals(new Metrics(120, 98, 2, 3600), heartbeat.metrics());
        assertEquals("My Client", heartbeat.metadata().name());
    }

    @Nested
    class Timestamps {

        @ParameterizedTest
        @CsvSource({
            "2026-03-04T10:00:00Z,                2026-03-04T10:00:00Z",
            "2026-03-04T10:00:00+00:00,           2026-03-04T10:00:00Z",
            "2026-03-04T10:00:00-05:30,           2026-03-04T15:30:00Z",
            "2026-03-04T10:00:00.5+01:00,         2026-03-04T09:00:00.5Z",
            "2026-03-04T10:00:00.12Z,             2026-03-04T10:00:00.12Z",
            "2026-03-04T10:00:00.123Z,            2026-03-04T10:00:00.123Z",
            "2026-03-04T10:00:00.1234Z,           2026-03-04T10:00:00.1234Z",
            "2026-03-04T10:00:00.12345Z,          2026-03-04T10:00:00.12345Z",
            "2026-03-04T10:00:00.1234567Z,        2026-03-04T10:00:00.1234567Z",
            "2026-03-04T10:00:00.12345678Z,       2026-03-04T10:00:00.12345678Z",
            "2026-03-04T10:00:00.123456789-00:00, 2026-03-04T10:00:00.123456789Z",
        })
        void isoTimestampsWithAnOffsetAreAccepted(String timestamp, Instant expected) {
            ObjectNode payload = Payloads.valid().put("timestamp", timestamp);

            assertEquals(expected, parse(payload).timestamp());
        }

        @ParameterizedTest
        @CsvSource({
            // datetime.now(timezone.utc).isoformat() leaves out a zero microsecond part
            "2026-03-04T10:00:00.123456+00:00, 2026-03-04T10:00:00.123456Z",
            "2026-03-04T10:00:00+00:00,        2026-03-04T10:00:00Z",
            "2026-03-04T11:00:00.000001+01:00, 2026-03-04T10:00:00.000001Z",
        })
        void pythonIsoformatOutputIsAccepted(String timestamp, Instant expected) {
            ObjectNode payload = Payloads.valid().put("timestamp", timestamp);

            assertEquals(expected, parse(payload).timestamp());
        }
    }

    private Heartbeat parse(ObjectNode payload) {
        return assertAccepted(parser.parse(Payloads.SUBJECT, bytes(payload)));
    }
}
