package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One of the last payloads a client sent, as it arrived (cut to the configured size).
 *
 * @param payloadBytes the size of the whole payload
 * @param payload the stored bytes; do not modify
 */
public record RawHeartbeat(ClientKey key, Instant receivedAt, int payloadBytes, byte[] payload) {

    /** Whether the stored bytes are only the start of the payload. */
    public boolean isCut() {
        return payload.length < payloadBytes;
    }

    /** The payload as text. */
    public String text() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
