package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on what the parser made of a payload. */
final class ParseResults {

    private ParseResults() {
    }

    /** The heartbeat, or a failure that shows why it was rejected. */
    static Heartbeat assertAccepted(ParseResult result) {
        return switch (result) {
            case ParseResult.Accepted accepted -> accepted.heartbeat();
            case ParseResult.Rejected rejected -> fail("rejected: " + rejected.rejection().describe());
        };
    }

    /** The rejection, or a failure that shows what was accepted instead. */
    static Rejection assertRejected(ParseResult result) {
        return switch (result) {
            case ParseResult.Rejected rejected -> rejected.rejection();
            case ParseResult.Accepted accepted -> fail("expected a rejection, got " + accepted);
        };
    }

    /** A rejection's detail is meant for one line of a table or a log. */
    static void assertOneLine(String detail) {
        assertOneLine(detail, "");
    }

    /** As {@link #assertOneLine(String)}, naming the input that led to the detail. */
    static void assertOneLine(String detail, String input) {
        assertFalse(detail.isBlank(), () -> "detail is blank for " + input);
        assertFalse(detail.contains("\n") || detail.contains("\r"),
                () -> "detail has line breaks: " + detail + " for " + input);
    }
}
