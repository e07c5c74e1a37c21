package io.heartbeatmonitor.app.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heartbeatmonitor.app.MonitorLosses;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The losses line of {@code watch}: printed when the totals change, and only then. */
class WatchOutputTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void lossesArePrintedWhenTheyChangeAndNotWhileNothingIsLost() throws Exception {
        WatchOutput output = new WatchOutput(WatchFormat.JSON,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        output.losses(MonitorLosses.NONE, AT);
        output.losses(new MonitorLosses(120, 0, 0, null), AT.plusSeconds(5));
        output.losses(new MonitorLosses(120, 0, 0, null), AT.plusSeconds(10));
        output.losses(new MonitorLosses(120, 3, 0, "the disk is full"), AT.plusSeconds(15));
        output.close();

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("losses", first.get("event").asText());
        assertEquals("2026-12-04T10:00:05Z", first.get("at").asText());
        assertEquals(120, first.get("heartbeats_dropped").asLong());
        assertEquals(true, first.get("history_failure").isNull());
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertEquals(3, second.get("history_dropped").asLong());
        assertEquals("the disk is full", second.get("history_failure").asText());
    }

    @Test
    void theTextLineNamesEveryCount() throws Exception {
        WatchOutput output = new WatchOutput(WatchFormat.TEXT,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        output.losses(new MonitorLosses(7, 2, 1, null), AT);
        output.close();

        assertEquals("2026-12-04T10:00:00Z  losses     7 heartbeats dropped, 2 history events dropped, 1 lost",
                printed.toString(StandardCharsets.UTF_8).strip());
    }
}
