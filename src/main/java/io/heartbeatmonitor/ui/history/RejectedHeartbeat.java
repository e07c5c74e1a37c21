package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.core.RejectReason;
import java.time.Instant;

/**
 * A heartbeat the monitor did not accept.
 *
 * @param receivedAt when the monitor received it
 * @param reason the class of problem
 * @param detail one line for a person: which field, which value
 * @param payload the message body as text, possibly cut short by the store
 */
public record RejectedHeartbeat(Instant receivedAt, RejectReason reason, String detail, String payload) {
}
