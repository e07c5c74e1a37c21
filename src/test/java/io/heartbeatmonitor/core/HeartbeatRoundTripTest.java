package io.heartbeatmonitor.core;

import static io.heartbeatmonitor.core.ParseResults.assertAccepted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the encoder writes, the parser reads back unchanged. */
class HeartbeatRoundTripTest {

    private static final long SEED = 4_242L;
    private static final int TRIES = 500;

    private final HeartbeatEncoder encoder = new HeartbeatEncoder();
    private final HeartbeatParser parser = new HeartbeatParser();

    @Test
    void heartbeatWithFullMetadataSurvivesTheRoundTrip() {
        Instant timestamp = Instant.parse("2026-03-04T10:00:00.123456789Z");
        Heartbeat heartbeat = new Heartbeat(Payloads.KEY, timestamp, "1.0.0", ClientStatus.DEGRADED,
                new Metrics(1, 2, 3, 4),
                new Metadata("Worker \"seven\"\n", "data_processor", List.of("process", "report")));

        assertEquals(heartbeat, roundTrip(heartbeat));
    }

    @Test
    void heartbeatWithoutMetadataSurvivesTheRoundTrip() {
        Heartbeat heartbeat = new Heartbeat(Payloads.KEY, Instant.parse("2026-03-04T10:00:00Z"),
                "1.0.0", ClientStatus.DISCONNECTING, Metrics.ZERO, null);

        assertEquals(heartbeat, roundTrip(heartbeat));
    }

    @Test
    void metadataWithoutNameOrTypeSurvivesTheRoundTrip() {
        Heartbeat heartbeat = new Heartbeat(Payloads.KEY, Instant.parse("2026-03-04T10:00:00Z"),
                "1.0.0", ClientStatus.HEALTHY, Metrics.ZERO, Metadata.EMPTY);

        assertEquals(heartbeat, roundTrip(heartbeat));
    }

    @Test
    void randomHeartbeatsSurviveTheRoundTrip() {
        Random random = new Random(SEED);

        for (int i = 0; i < TRIES; i++) {
            Heartbeat heartbeat = randomHeartbeat(random);

            assertEquals(heartbeat, roundTrip(heartbeat));
        }
    }

    private Heartbeat roundTrip(Heartbeat heartbeat) {
        String subject = HeartbeatSubject.of(heartbeat.key());
        return assertAccepted(parser.parse(subject, encoder.encode(heartbeat)));
    }

    private static Heartbeat randomHeartbeat(Random random) {
        ClientKey key = new ClientKey(randomToken(random), randomToken(random));
        Instant timestamp = Instant.ofEpochSecond(
                random.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                random.nextInt(1_000_000_000));
        ClientStatus status = ClientStatus.values()[random.nextInt(ClientStatus.values().length)];
        Metrics metrics = new Metrics(
                counter(random), counter(random), counter(random), counter(random));
        String version = randomText(random);
        return new Heartbeat(key, timestamp, version, status, metrics, randomMetadata(random));
    }

    private static Metadata randomMetadata(Random random) {
        if (random.nextInt(4) == 0) {
            return null;
        }
        List<String> capabilities = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            capabilities.add(randomText(random));
        }
        String name = random.nextBoolean() ? randomText(random) : null;
        String type = random.nextBoolean() ? randomText(random) : null;
        return new Metadata(name, type, capabilities);
    }

    private static long counter(Random random) {
        return random.nextBoolean() ? random.nextInt(1000) : random.nextLong(Long.MAX_VALUE);
    }

    private static String randomToken(Random random) {
        String token;
        do {
            token = randomText(random);
        } while (!HeartbeatSubject.isValidToken(token));
        return token;
    }

    /** Text that is hard to write as JSON: quotes, backslashes, controls, non-ASCII, emoji. */
    private static String randomText(Random random) {
        String[] pieces = {"a", "Z", "9", "-", "_", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f",
            "é", "客", "😀", "\u2028", " ", "{", "}"};
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
