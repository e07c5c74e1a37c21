package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import java.time.Instant;

/**
 * Rejected heartbeats of one subject and reason: a single one, or several that came within a
 * minute of the first and are stored as one with a count.
 *
 * @param key the client named by the subject, or null when the subject names none
 * @param reason the reason code, such as {@code missing-field}
 * @param detail what exactly was wrong with the first one
 * @param payloadBytes the size of the first one's payload
 * @param excerpt the start of the first one's payload, as text
 */
public record RejectedHeartbeat(Instant first, Instant last, long count, String subject,
        ClientKey key, String reason, String detail, int payloadBytes, String excerpt) {
}
