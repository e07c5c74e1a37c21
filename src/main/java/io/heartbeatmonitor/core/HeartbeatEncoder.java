package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes heartbeats as the protocol's JSON payload. Thread-safe.
 */
public final class HeartbeatEncoder {

    private final JsonFactory factory = new JsonFactory();

    /** The payload for {@code heartbeat}; metadata is written only when the heartbeat has it. */
    public byte[] encode(Heartbeat heartbeat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(400);
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("client_id", heartbeat.key().client());
            json.writeStringField("tenant_id", heartbeat.key().tenant());
            json.writeStringField("timestamp", heartbeat.timestamp().toString());
            json.writeStringField("version", heartbeat.version());
            json.writeStringField("status", heartbeat.status().wireName());
            writeMetrics(json, heartbeat.metrics());
            if (heartbeat.metadata() != null) {
                writeMetadata(json, heartbeat.metadata());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void writeMetrics(JsonGenerator json, Metrics metrics) throws IOException {
        json.writeObjectFieldStart("metrics");
        json.writeNumberField("messages_sent", metrics.messagesSent());
        json.writeNumberField("messages_received", metrics.messagesReceived());
        json.writeNumberField("errors", metrics.errors());
        json.writeNumberField("uptime_seconds", metrics.uptimeSeconds());
        json.writeEndObject();
    }

    private static void writeMetadata(JsonGenerator json, Metadata metadata) throws IOException {
        json.writeObjectFieldStart("metadata");
        if (metadata.name() != null) {
            json.writeStringField("name", metadata.name());
        }
        if (metadata.type() != null) {
            json.writeStringField("type", metadata.type());
        }
        json.writeArrayFieldStart("capabilities");
        for (String capability : metadata.capabilities()) {
            json.writeString(capability);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
