package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonToken;

/**
 * Unwinds the reading of a payload with the reason it is rejected. It carries no stack trace,
 * because a bad payload is an expected event, not a bug.
 */
final class PayloadProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int QUOTE_LIMIT = 60;

    private final transient RejectReason reason;

    PayloadProblem(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    RejectReason reason() {
        return reason;
    }

    static PayloadProblem missing(String field) {
        return new PayloadProblem(RejectReason.MISSING_FIELD, "missing field '" + field + "'");
    }

    static PayloadProblem duplicate(String field) {
        return new PayloadProblem(RejectReason.NOT_JSON, "duplicate field '" + field + "'");
    }

    static PayloadProblem wrongType(String field, String expected, JsonToken actual) {
        return new PayloadProblem(RejectReason.WRONG_TYPE,
                "field '" + field + "' must be " + expected + ", not " + describe(actual));
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /** Shortens a value quoted from a payload, and escapes controls so it stays on one line. */
    static String quote(String text) {
        String oneLine = escapeControls(text);
        return oneLine.length() <= QUOTE_LIMIT ? oneLine : oneLine.substring(0, QUOTE_LIMIT - 3) + "...";
    }

    private static String escapeControls(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (control) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
