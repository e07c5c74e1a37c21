package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser's quick way, one non-blocking parser fed payload after payload, answers every
 * payload exactly as a new blocking parser per payload does: the same heartbeat, or the same
 * rejection with the same words, whatever came before it in the stream.
 */
class HeartbeatParserQuickPathTest {

    private static final long SEED = 0x51_55_49_43L;

    private final HeartbeatParser quick = new HeartbeatParser();
    private final HeartbeatParser ordinary = new HeartbeatParser(false);

    @Test
    void payloadsThatEndOddlyGetTheOrdinaryAnswer() {
        byte[] valid = Payloads.bytes(Payloads.PROTOCOL_EXAMPLE);
        String text = Payloads.PROTOCOL_EXAMPLE;
        List<byte[]> payloads = new ArrayList<>(List.of(
                valid,
                Payloads.bytes(text + " 4"),
                Payloads.bytes(text + "4"),
                Payloads.bytes(text + " x"),
                Payloads.bytes(text + "{"),
                Payloads.bytes(text + text),
                Payloads.bytes(text + " \r\n\t"),
                Payloads.bytes(" \n" + text),
                Payloads.bytes("\uFEFF" + text),
                text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE),
                new byte[0],
                Payloads.bytes("   "),
                Payloads.bytes("42"),
                Payloads.bytes("\"healthy\""),
                Payloads.bytes("[]"),
                Payloads.bytes("{}"),
                Payloads.bytes("{\"client_id\": \"worker-7\""),
                valid));
        for (int cut = 0; cut < valid.length; cut += 7) {
            payloads.add(Arrays.copyOf(valid, cut));
            payloads.add(valid);
        }

        for (byte[] payload : payloads) {
            assertSameAnswer(payload);
        }
    }

    @Test
    void aLongMixedStreamGetsTheOrdinaryAnswerThroughout() {
        Random random = new Random(SEED);
        // Longer than one fed parser's share of payloads, so that it is renewed on the way.
        for (int i = 0; i < 25_000; i++) {
            assertSameAnswer(next(random));
        }
    }

    @Test
    void metadataWhoseBytesAreKnownIsSteppedOver() {
        // A known image whose reading is an instance of its own shows that the quick way took it.
        String text = Payloads.PROTOCOL_EXAMPLE;
        byte[] payload = Payloads.bytes(text);
        int start = text.indexOf("{\"name\"");
        int end = text.length() - 1;
        Metadata known = new Metadata("My Client", "data_processor", List.of("process", "analyze", "report"));
        MetadataImages images = new MetadataImages();
        images.offer(payload, start, end, known);
        images.offer(payload, start, end, known);

        Heartbeat read = new FedParser(new JsonFactory(), new TextCache(), new MetadataCache(), images)
                .read(Payloads.KEY, payload);

        assertSame(known, read.metadata());
        assertEquals(ordinary.parse(Payloads.SUBJECT, payload), new ParseResult.Accepted(read));
    }

    @Test
    void metadataOfEveryShapeAndPlaceGetsTheOrdinaryAnswer() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 5_000; i++) {
            assertSameAnswer(withMetadata(random));
        }
    }

    private void assertSameAnswer(byte[] payload) {
        String shown = new String(payload, StandardCharsets.UTF_8);
        assertEquals(ordinary.parse(Payloads.SUBJECT, payload.clone()), quick.parse(Payloads.SUBJECT, payload.clone()),
                shown);
    }

    /**
     * Heartbeats whose metadata repeats, so that the quick way knows its bytes, in every place of
     * the payload and with odd spacing; now and then broken metadata, a duplicate, or a cut.
     */
    private static byte[] withMetadata(Random random) {
        String[] repeating = {
            "{\"name\":\"Importer\",\"type\":\"data_processor\",\"capabilities\":[\"import\"]}",
            // As long as the one before, and the same up to its last word.
            "{\"name\":\"Importer\",\"type\":\"data_processor\",\"capabilities\":[\"export\"]}",
            "{\"name\": \"My Client\", \"type\": \"data_processor\", \"capabilities\": [\"process\", \"report\"]}",
            "{\"type\":\"gateway\",\"capabilities\":[]}",
            "{\"name\":\"Importer\",\"type\":\"data_processor\",\"capabilities\":[\"import\"],\"x\":{\"y\":[1,{}]}}",
            "{}",
            "{ }",
        };
        String[] broken = {
            "{\"name\":7}", "{\"name\":\"a\",\"name\":\"b\"}", "{\"capabilities\":[1]}",
            "{\"name\":\"Importer\"", "[]", "null", "{\"name\":\"Importer\",}",
        };
        String metadata = random.nextInt(8) == 0 ? broken[random.nextInt(broken.length)]
                : repeating[random.nextInt(repeating.length)];
        String[] colons = {":", " : ", ":\n ", ":"};
        String field = "\"metadata\"" + colons[random.nextInt(colons.length)] + metadata;
        List<String> fields = new ArrayList<>(List.of(
                "\"client_id\":\"worker-7\"", "\"tenant_id\":\"acme\"",
                "\"timestamp\":\"2026-03-04T10:00:00.123456+00:00\"", "\"version\":\"1.0.0\"",
                "\"status\":\"healthy\"",
                "\"metrics\":{\"messages_sent\":" + random.nextInt(1000)
                        + ",\"messages_received\":98,\"errors\":2,\"uptime_seconds\":3600}"));
        fields.add(random.nextInt(fields.size() + 1), field);
        if (random.nextInt(20) == 0) {
            fields.add(random.nextInt(fields.size() + 1), field);
        }
        byte[] payload = Payloads.bytes("{" + String.join(",", fields) + "}");
        return random.nextInt(20) == 0 ? Arrays.copyOf(payload, random.nextInt(payload.length)) : payload;
    }

    /** Mostly valid heartbeats that differ, with broken ones of every kind in between. */
    private static byte[] next(Random random) {
        int kind = random.nextInt(10);
        if (kind < 6) {
            ObjectNode payload = Payloads.valid();
            Payloads.set(payload, "metrics.messages_sent", IntNode.valueOf(random.nextInt(1_000_000)));
            Payloads.set(payload, "status", TextNode.valueOf(random.nextBoolean() ? "healthy" : "degraded"));
            if (random.nextInt(4) == 0) {
                Payloads.set(payload, "extra_" + random.nextInt(50), IntNode.valueOf(1));
            }
            if (random.nextInt(4) == 0) {
                Payloads.remove(payload, "metadata");
            }
            return Payloads.bytes(payload);
        }
        if (kind < 8) {
            var mutations = HeartbeatParserPropertiesTest.Mutation.values();
            return mutations[random.nextInt(mutations.length)].apply(random);
        }
        if (kind < 9) {
            return RandomJson.next(random).getBytes(StandardCharsets.UTF_8);
        }
        byte[] noise = new byte[random.nextInt(40)];
        random.nextBytes(noise);
        return noise;
    }
}
