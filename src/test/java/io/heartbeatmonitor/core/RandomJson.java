package io.heartbeatmonitor.core;

import java.util.Random;

/**
 * Random JSON-like text for robustness tests: mostly objects with the protocol's field names,
 * values of every JSON type, and now and then a glitch (a missing comma, a stray bracket) so
 * that both valid and broken JSON come out.
 */
final class RandomJson {

    private static final String[] KEYS = {
        "client_id", "tenant_id", "timestamp", "version", "status", "metrics", "metadata",
        "messages_sent", "messages_received", "errors", "uptime_seconds", "name", "type",
        "capabilities", "extra", "", "client_id ", "\u00e9",
    };

    private static final String[] STRINGS = {
        "acme", "worker-7", "healthy", "degraded", "unhealthy", "disconnecting", "Healthy", "1.0.0",
        "2026-03-04T10:00:00Z", "2026-03-04T10:00:00.123456+00:00", "2026-03-04T10:00:00", "",
        "line\nbreak", "carriage\rreturn", "tab\there", "quote\"", "back\\slash", "\u0000",
        "\u2028", "\ud83d\ude00", "\ud800", "x".repeat(100),
    };

    private static final String[] NUMBERS = {
        "0", "1", "-1", "42", "1.5", "-0", "1e3", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "99999999999999999999999", "0.0", "01", "1.", ".5", "NaN",
    };

    private static final String[] GLITCHES = {"", ",", ":", "{", "}", "[", "]", "\"", "\\", "nul"};

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    private RandomJson(Random random) {
        this.random = random;
    }

    /** One random document, usually an object at the top. */
    static String next(Random random) {
        RandomJson json = new RandomJson(random);
        if (random.nextInt(5) == 0) {
            json.value(3);
        } else {
            json.object(3);
        }
        return json.out.toString();
    }

    /** One random JSON value written the way {@link #next} writes values. */
    static String value(Random random, int depth) {
        RandomJson json = new RandomJson(random);
        json.value(depth);
        return json.out.toString();
    }

    private void value(int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        switch (kind) {
            case 0, 1 -> string(pick(STRINGS));
            case 2, 3 -> out.append(pick(NUMBERS));
            case 4 -> out.append(random.nextBoolean() ? "true" : "false");
            case 5 -> out.append("null");
            case 6 -> object(depth - 1);
            default -> array(depth - 1);
        }
        maybeGlitch();
    }

    private void object(int depth) {
        out.append('{');
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                out.append(',');
            }
            string(pick(KEYS));
            out.append(':');
            value(depth);
        }
        out.append('}');
    }

    private void array(int depth) {
        out.append('[');
        int items = random.nextInt(4);
        for (int i = 0; i < items; i++) {
            if (i > 0) {
                out.append(',');
            }
            value(depth);
        }
        out.append(']');
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private void maybeGlitch() {
        if (random.nextInt(40) == 0) {
            out.append(pick(GLITCHES));
        }
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
