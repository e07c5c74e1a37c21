package io.heartbeatmonitor.app.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run, as a table for people or one JSON object for scripts.
 *
 * @param clients distinct client ids published
 * @param payloadBytes average heartbeat size
 * @param rounds the measured rounds
 * @param latencyRate the offered rate while latency was measured
 * @param latencyP50Micros median publish-to-state latency
 * @param latencyP99Micros 99th percentile of it
 * @param latencySamples how many probes arrived
 * @param retainedBytesPerClient heap the monitor keeps per tracked client, after a full GC
 */
public record BenchReport(
        int clients,
        int payloadBytes,
        List<RoundResult> rounds,
        long latencyRate,
        double latencyP50Micros,
        double latencyP99Micros,
        int latencySamples,
        double retainedBytesPerClient) {

    /** The figures as aligned columns with a legend-free header, for a terminal. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d clients, %d-byte heartbeats, %d cores, Java %s%n%n", clients,
                payloadBytes, Runtime.getRuntime().availableProcessors(), Runtime.version().feature()));
        out.append(String.format(Locale.ROOT, "%-14s %10s %10s %10s %10s %6s %9s %9s %9s %9s %9s %8s %8s%n",
                "round", "offered/s", "sent/s", "bare/s", "monitor/s", "ratio", "bare drop", "bare lost",
                "mon drop", "mon lost", "hist drop", "bare us", "mon us"));
        for (RoundResult round : rounds) {
            out.append(String.format(Locale.ROOT,
                    "%-14s %10s %,10.0f %10s %,10.0f %6s %9s %9s %,9d %,9d %,9d %8s %8.2f%n",
                    round.name(), offered(round), round.publishedPerSecond(),
                    bare(round, "%,.0f", round.barePerSecond()), round.monitorPerSecond(),
                    bare(round, "%.2f", round.ratio()), bare(round, "%,d", round.bareDropped()),
                    bare(round, "%,d", round.bareLost()), round.monitorDropped(), round.monitorLost(),
                    round.historyDropped(), bare(round, "%.2f", round.bareCpuMicrosPerMessage()),
                    round.monitorCpuMicrosPerMessage()));
        }
        out.append(String.format(Locale.ROOT,
                "%nPublish-to-state latency at %,d/s: p50 %.2f ms, p99 %.2f ms (%d probes)%n",
                latencyRate, latencyP50Micros / 1000, latencyP99Micros / 1000, latencySamples));
        out.append(String.format(Locale.ROOT, "Retained heap per tracked client: %.0f bytes%n",
                retainedBytesPerClient));
        return out.toString();
    }

    /** The figures as one JSON object. */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("clients", clients);
            json.writeNumberField("payload_bytes", payloadBytes);
            json.writeNumberField("cores", Runtime.getRuntime().availableProcessors());
            json.writeArrayFieldStart("rounds");
            for (RoundResult round : rounds) {
                writeRound(json, round);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("latency");
            json.writeNumberField("offered_per_second", latencyRate);
            json.writeNumberField("p50_ms", latencyP50Micros / 1000);
            json.writeNumberField("p99_ms", latencyP99Micros / 1000);
            json.writeNumberField("samples", latencySamples);
            json.writeEndObject();
            json.writeNumberField("retained_bytes_per_client", Math.round(retainedBytesPerClient));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /** A figure of the counting subscriber, or a dash for a round it sat out. */
    private static String bare(RoundResult round, String format, Object value) {
        return round.withBare() ? String.format(Locale.ROOT, format, value) : "-";
    }

    private static String offered(RoundResult round) {
        long perSecond = round.offeredPerSecond();
        return perSecond == 0 ? "flat out" : String.format(Locale.ROOT, "%,d", perSecond);
    }

    private static void writeRound(JsonGenerator json, RoundResult round) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", round.name());
        json.writeNumberField("offered_per_second", round.offeredPerSecond());
        json.writeNumberField("seconds", round.seconds());
        json.writeNumberField("published", round.published());
        json.writeBooleanField("with_bare", round.withBare());
        json.writeNumberField("bare_received", round.bareReceived());
        json.writeNumberField("bare_dropped", round.bareDropped());
        json.writeNumberField("bare_lost", round.bareLost());
        json.writeNumberField("monitor_processed", round.monitorProcessed());
        json.writeNumberField("monitor_dropped", round.monitorDropped());
        json.writeNumberField("monitor_lost", round.monitorLost());
        json.writeNumberField("history_events", round.historyEvents());
        json.writeNumberField("history_dropped", round.historyDropped());
        json.writeNumberField("bare_per_second", Math.round(round.barePerSecond()));
        json.writeNumberField("monitor_per_second", Math.round(round.monitorPerSecond()));
        json.writeNumberField("ratio", round.ratio());
        json.writeNumberField("bare_cpu_us_per_message", round.bareCpuMicrosPerMessage());
        json.writeNumberField("monitor_cpu_us_per_message", round.monitorCpuMicrosPerMessage());
        json.writeEndObject();
    }
}
