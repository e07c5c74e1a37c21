package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short run of {@code bench} against a real nats-server: every round runs and reports its
 * figures. Only that it works is checked, never how fast, which depends on the machine.
 */
class BenchCommandTest {

    @Test
    void aShortRunReportsEveryRoundTheLatencyAndTheHeapAsJson() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "bench", "--seconds", "1",
                "--warm-up", "1s", "--clients", "2000", "--rate", "5000", "--json");

        assertEquals(0, exitCode, err.toString());
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertEquals(2000, report.get("clients").asInt());
        List<String> names = new ArrayList<>();
        for (JsonNode round : report.get("rounds")) {
            names.add(round.get("name").asText());
            assertTrue(round.get("published").asLong() > 0, round.toString());
            assertTrue(round.get("monitor_processed").asLong() > 0, round.toString());
        }
        assertEquals(List.of("warm-up", "fixed", "sustained 75%", "latency 50%"), names);
        assertTrue(report.get("rounds").get(1).get("with_bare").asBoolean(), "the counting subscriber runs beside");
        assertFalse(report.get("rounds").get(3).get("with_bare").asBoolean(), "latency is the monitor's alone");
        JsonNode latency = report.get("latency");
        assertTrue(latency.get("samples").asInt() > 0);
        assertTrue(latency.get("p99_ms").asDouble() >= latency.get("p50_ms").asDouble());
        assertTrue(report.get("retained_bytes_per_client").asLong() > 0);
    }

    @Test
    void theTableNamesTheRoundsAndTheFigures() {
        StringWriter out = new StringWriter();

        int exitCode = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "bench",
                "--seconds", "1", "--warm-up", "0s", "--clients", "500", "--rate", "2000");

        assertEquals(0, exitCode);
        String table = out.toString();
        assertTrue(table.contains("sustained 75%"), table);
        assertTrue(table.contains("Publish-to-state latency at 1,000/s"), table);
        assertTrue(table.contains("Retained heap per tracked client"), table);
    }
}
