package io.heartbeatmonitor.core;

/** The outcome of reading one heartbeat message: exactly one of accepted or rejected. */
public sealed interface ParseResult {

    /** A payload that follows the protocol. */
    record Accepted(Heartbeat heartbeat) implements ParseResult {
    }

    /** A payload that does not, with the reason. */
    record Rejected(Rejection rejection) implements ParseResult {
    }
}
