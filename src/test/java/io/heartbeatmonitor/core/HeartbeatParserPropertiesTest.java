package io.heartbeatmonitor.core;

import static io.heartbeatmonitor.core.ParseResults.assertOneLine;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heartbeatmonitor.core.presence.HeartbeatIngest;
import io.heartbeatmonitor.core.presence.PresenceSettings;
import io.heartbeatmonitor.core.presence.PresenceTracker;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever arrives on a heartbeat subject, the parser and the ingest path answer with exactly
 * one of accepted or rejected, never an exception, and a rejection carries one readable line.
 *
 * <p>Each property runs a few hundred seeded random inputs, so a failure can be replayed; the
 * failing input is printed, escaped, in the assertion message.
 */
class HeartbeatParserPropertiesTest {

    private static final long SEED = 0x48_42_4D_4FL;
    private static final int TRIES = 1_000;

    private static final String[] SUBJECTS = {
        Payloads.SUBJECT, Payloads.SUBJECT, Payloads.SUBJECT, "_HEARTBEAT.tenant.acme.client.other",
        "_HEARTBEAT.tenant.other.client.worker-7", "_HEARTBEAT.tenant.acme", "", "x.y.z",
    };

    private final HeartbeatParser parser = new HeartbeatParser();
    private final Random random = new Random(SEED);
    private HeartbeatIngest ingest;
    private int sent;

    @BeforeEach
    void connectTracker() {
        PresenceTracker tracker = new PresenceTracker(new FakeClock(), PresenceSettings.DEFAULTS);
        tracker.connectionChanged(ConnectionState.CONNECTED);
        ingest = new HeartbeatIngest(parser, tracker);
    }

    @Test
    void randomBytesNeverThrow() {
        for (int i = 0; i < TRIES; i++) {
            byte[] payload = new byte[random.nextInt(random.nextBoolean() ? 16 : 600)];
            random.nextBytes(payload);

            checkOutcome(randomSubject(), payload);
        }

        checkCountsAddUp();
    }

    @Test
    void randomJsonLikeTextNeverThrows() {
        for (int i = 0; i < TRIES; i++) {
            byte[] payload = RandomJson.next(random).getBytes(StandardCharsets.UTF_8);

            checkOutcome(randomSubject(), payload);
        }

        checkCountsAddUp();
    }

    @Test
    void mutatedValidPayloadsNeverThrow() {
        List<String> kinds = new ArrayList<>();

        for (int i = 0; i < TRIES; i++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] payload = mutation.apply(random);
            kinds.add(mutation.name());

            checkOutcome(Payloads.SUBJECT, payload);
        }

        checkCountsAddUp();
        assertEquals(Mutation.values().length, kinds.stream().distinct().count(),
                "every kind of mutation ran");
    }

    @Test
    void deeplyNestedUnknownFieldIsRejectedNotThrown() {
        String payload = "{\"extra\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";

        checkOutcome(Payloads.SUBJECT, payload.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void hugeNumberIsRejectedNotThrown() {
        ObjectNode valid = Payloads.valid();
        String payload = new String(Payloads.bytes(valid), StandardCharsets.UTF_8)
                .replace("\"errors\":2", "\"errors\":" + "9".repeat(20_000));

        checkOutcome(Payloads.SUBJECT, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses directly and through the ingest path, and checks that both agree and behave. */
    private void checkOutcome(String subject, byte[] payload) {
        byte[] copy = payload.clone();
        String shown = show(subject, payload);

        ParseResult result = assertDoesNotThrow(() -> parser.parse(subject, copy), shown);
        boolean accepted = assertDoesNotThrow(() -> ingest.accept(subject, copy), shown);
        sent++;

        assertEquals(result instanceof ParseResult.Accepted, accepted, shown);
        switch (result) {
            case ParseResult.Accepted a ->
                    assertEquals(HeartbeatSubject.parse(subject), a.heartbeat().key(), shown);
            case ParseResult.Rejected r -> checkRejection(r.rejection(), subject, shown);
        }
        assertEquals(Arrays.toString(payload), Arrays.toString(copy), "the payload was modified");
    }

    private static void checkRejection(Rejection rejection, String subject, String shown) {
        assertEquals(subject, rejection.subject(), shown);
        assertEquals(HeartbeatSubject.parse(subject), rejection.key(), shown);
        assertOneLine(rejection.detail(), shown);
    }

    private void checkCountsAddUp() {
        PresenceTracker tracker = ingest.tracker();
        assertEquals(sent, tracker.acceptedCount() + tracker.rejectedCount());
    }

    private String randomSubject() {
        return SUBJECTS[random.nextInt(SUBJECTS.length)];
    }

    /** The input, escaped so that it can be pasted back into a test. */
    private static String show(String subject, byte[] payload) {
        StringBuilder text = new StringBuilder("subject ").append(subject).append(", payload ");
        for (byte b : payload) {
            int c = b & 0xFF;
            boolean printable = c >= 0x20 && c < 0x7F && c != '\\';
            text.append(printable ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return text.toString();
    }

    /** Ways to break a valid payload, from one field to raw bytes. */
    enum Mutation {
        DROP_FIELD {
            @Override
            byte[] apply(Random random) {
                return Payloads.bytes(Payloads.remove(Payloads.valid(), pick(random, PATHS)));
            }
        },
        CHANGE_VALUE {
            @Override
            byte[] apply(Random random) {
                String value = RandomJson.value(random, 2);
                ObjectNode payload = Payloads.valid();
                try {
                    Payloads.set(payload, pick(random, PATHS), Payloads.json(value));
                } catch (IllegalArgumentException glitchedIntoInvalidJson) {
                    String broken = Payloads.PROTOCOL_EXAMPLE.replace("\"healthy\"", value);
                    return broken.getBytes(StandardCharsets.UTF_8);
                }
                return Payloads.bytes(payload);
            }
        },
        SWAP_VALUES {
            @Override
            byte[] apply(Random random) {
                ObjectNode payload = Payloads.valid();
                String first = pick(random, LEAVES);
                String second = pick(random, LEAVES);
                var firstValue = valueAt(payload, first);
                var secondValue = valueAt(payload, second);
                Payloads.set(payload, first, secondValue.deepCopy());
                Payloads.set(payload, second, firstValue.deepCopy());
                return Payloads.bytes(payload);
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(Random random) {
                byte[] valid = Payloads.bytes(Payloads.PROTOCOL_EXAMPLE);
                return Arrays.copyOf(valid, random.nextInt(valid.length));
            }
        },
        INSERT_BYTES {
            @Override
            byte[] apply(Random random) {
                byte[] valid = Payloads.bytes(Payloads.PROTOCOL_EXAMPLE);
                byte[] inserted = new byte[1 + random.nextInt(8)];
                random.nextBytes(inserted);
                int at = random.nextInt(valid.length + 1);
                byte[] result = new byte[valid.length + inserted.length];
                System.arraycopy(valid, 0, result, 0, at);
                System.arraycopy(inserted, 0, result, at, inserted.length);
                System.arraycopy(valid, at, result, at + inserted.length, valid.length - at);
                return result;
            }
        },
        FLIP_BYTE {
            @Override
            byte[] apply(Random random) {
                byte[] payload = Payloads.bytes(Payloads.PROTOCOL_EXAMPLE);
                int at = random.nextInt(payload.length);
                String structural = "{}[]\",:\\0-e";
                payload[at] = random.nextBoolean()
                        ? (byte) random.nextInt(256)
                        : (byte) structural.charAt(random.nextInt(structural.length()));
                return payload;
            }
        };

        private static final String[] PATHS = {
            "metrics", "metadata", "client_id", "tenant_id", "timestamp", "version", "status",
            "metrics.messages_sent", "metrics.messages_received", "metrics.errors",
            "metrics.uptime_seconds", "metadata.name", "metadata.type", "metadata.capabilities",
        };

        /** Paths of which none holds another, so that values can be swapped between them. */
        private static final String[] LEAVES = Arrays.copyOfRange(PATHS, 2, PATHS.length);

        abstract byte[] apply(Random random);

        private static String pick(Random random, String[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private static com.fasterxml.jackson.databind.JsonNode valueAt(ObjectNode payload, String path) {
            return payload.at("/" + path.replace('.', '/'));
        }
    }
}
