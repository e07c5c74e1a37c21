package io.heartbeatmonitor.core;

import java.util.Objects;

/**
 * A heartbeat that was not accepted, and why.
 *
 * @param subject the subject it arrived on
 * @param key the client named by the subject, or null when the subject names none
 * @param reason the class of problem
 * @param detail one line for a person: which field, which value
 */
public record Rejection(String subject, ClientKey key, RejectReason reason, String detail) {

    public Rejection {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The reason code followed by the detail, as shown to operators. */
    public String describe() {
        return reason.code() + ": " + detail;
    }
}
