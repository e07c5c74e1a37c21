package io.heartbeatmonitor.ui.history;

import java.time.Instant;

/**
 * One accepted heartbeat as it arrived.
 *
 * @param receivedAt when the monitor received it
 * @param payload the message body, as text
 */
public record RawHeartbeat(Instant receivedAt, String payload) {
}
