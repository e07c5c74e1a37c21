package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Heartbeat payloads for tests. A valid payload is built as a JSON tree so that a test can
 * break exactly one field of it by its dotted path ({@code metrics.errors}).
 */
final class Payloads {

    static final ClientKey KEY = new ClientKey("acme", "worker-7");
    static final String SUBJECT = "_HEARTBEAT.tenant.acme.client.worker-7";

    /** The protocol's example heartbeat, with values, as Python's {@code json.dumps} writes it. */
    static final String PROTOCOL_EXAMPLE = """
            {"client_id": "worker-7", "tenant_id": "acme", \
            "timestamp": "2026-03-04T10:00:00.123456+00:00", "version": "1.0.0", \
            "status": "healthy", "metrics": {"messages_sent": 120, "messages_received": 98, \
            "errors": 2, "uptime_seconds": 3600}, "metadata": {"name": "My Client", \
            "type": "data_processor", "capabilities": ["process", "analyze", "report"]}}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {
    }

    /** A fresh, valid payload for {@link #KEY}, metadata included. */
    static ObjectNode valid() {
        try {
            return (ObjectNode) JSON.readTree(PROTOCOL_EXAMPLE);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the example payload is not JSON", e);
        }
    }

    /** Reads a JSON literal such as {@code "text"}, {@code 1.5} or {@code [1]}. */
    static JsonNode json(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON literal: " + literal, e);
        }
    }

    /** Replaces the value at {@code path}, adding the field if it is absent. */
    static ObjectNode set(ObjectNode payload, String path, JsonNode value) {
        parent(payload, path).set(leaf(path), value);
        return payload;
    }

    /** Removes the field at {@code path}. */
    static ObjectNode remove(ObjectNode payload, String path) {
        parent(payload, path).remove(leaf(path));
        return payload;
    }

    static byte[] bytes(JsonNode payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new AssertionError("a JSON tree cannot fail to be written", e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode parent(ObjectNode payload, String path) {
        ObjectNode node = payload;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        return node;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
