package io.heartbeatmonitor.app.simulate;

import io.heartbeatmonitor.core.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plausible names, types, capabilities and versions for simulated clients. */
final class ClientProfiles {

    private record Kind(String type, String label, List<String> capabilities) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("data_processor", "Data Processor", List.of("process", "analyze", "report")),
            new Kind("api_gateway", "API Gateway", List.of("route", "authenticate")),
            new Kind("ingest_worker", "Ingest Worker", List.of("ingest", "validate", "store")),
            new Kind("report_builder", "Report Builder", List.of("report", "export")),
            new Kind("stream_router", "Stream Router", List.of("route", "fan-out")),
            new Kind("notifier", "Notifier", List.of("notify", "email", "sms")));

    private static final List<String> VERSIONS = List.of("1.0.0", "1.0.0", "1.0.0", "1.1.0", "0.9.4");

    private ClientProfiles() {
    }

    static Metadata metadataFor(int index, Random random) {
        Kind kind = KINDS.get(index % KINDS.size());
        List<String> capabilities = new ArrayList<>(kind.capabilities());
        if (random.nextInt(4) == 0) {
            capabilities.remove(capabilities.size() - 1);
        }
        String name = kind.label() + " " + (index / KINDS.size() + 1);
        return new Metadata(name, kind.type(), capabilities);
    }

    static String versionFor(Random random) {
        return VERSIONS.get(random.nextInt(VERSIONS.size()));
    }
}
