package io.heartbeatmonitor.history.query;

/** A stretch of epoch milliseconds, {@code from} inclusive, {@code to} exclusive. */
record Span(long from, long to) {

    long length() {
        return Math.max(0, to - from);
    }
}
