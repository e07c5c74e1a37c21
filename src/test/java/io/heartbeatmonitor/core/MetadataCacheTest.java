package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsed metadata is shared when it repeats, and never mistaken for other metadata. */
class MetadataCacheTest {

    private static final String WORKER = "{\"name\":\"Worker\",\"type\":\"etl\",\"capabilities\":[\"a\",\"b\"]}";

    private final HeartbeatParser parser = new HeartbeatParser();

    @Test
    void theSameMetadataFromTwoClientsIsOneInstance() {
        Metadata first = metadataOf("worker-1", WORKER);
        Metadata second = metadataOf("worker-2",
                "{\"type\":\"etl\",\"capabilities\":[\"a\",\"b\"],\"name\":\"Worker\"}");

        assertSame(first, second);
        assertEquals(new Metadata("Worker", "etl", List.of("a", "b")), first);
    }

    @Test
    void metadataThatDiffersInAnyPartIsItsOwn() {
        Metadata base = metadataOf("w", WORKER);

        assertNotEquals(base, metadataOf("w", WORKER.replace("\"Worker\"", "\"Worker 2\"")));
        assertNotEquals(base, metadataOf("w", "{\"name\":\"Worker\",\"capabilities\":[\"a\",\"b\"]}"));
        assertNotEquals(base, metadataOf("w", "{\"name\":\"Worker\",\"type\":\"etl\",\"capabilities\":[\"b\",\"a\"]}"));
        assertNotEquals(base, metadataOf("w", "{\"name\":\"Worker\",\"type\":\"etl\"}"));
        assertEquals(new Metadata("Worker", "etl", List.of()),
                metadataOf("w", "{\"name\":\"Worker\",\"type\":\"etl\",\"capabilities\":null}"));
    }

    @Test
    void manyDistinctMetadataAreEachReadCorrectlyThoughTheyShareSlots() {
        for (int i = 0; i < 5_000; i++) {
            Metadata read = metadataOf("w", "{\"name\":\"Worker " + i + "\",\"type\":\"etl\",\"capabilities\":[]}");

            assertEquals(new Metadata("Worker " + i, "etl", List.of()), read);
        }
    }

    private Metadata metadataOf(String client, String metadataJson) {
        String payload = "{\"client_id\":\"" + client + "\",\"tenant_id\":\"acme\","
                + "\"timestamp\":\"2026-12-03T10:15:30Z\",\"version\":\"1.0.0\",\"status\":\"healthy\","
                + "\"metrics\":{\"messages_sent\":1,\"messages_received\":2,\"errors\":0,\"uptime_seconds\":3},"
                + "\"metadata\":" + metadataJson + "}";
        ParseResult result = parser.parse("_HEARTBEAT.tenant.acme.client." + client,
                payload.getBytes(StandardCharsets.UTF_8));
        return ((ParseResult.Accepted) result).heartbeat().metadata();
    }
}
