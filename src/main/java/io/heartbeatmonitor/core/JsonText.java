package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/** Looks at the current string token of a parser without making a String of it. */
final class JsonText {

    private static final ClientStatus[] STATUSES = ClientStatus.values();

    private JsonText() {
    }

    /** Whether the current string token is exactly {@code expected}. */
    static boolean equals(JsonParser parser, String expected) throws IOException {
        return sameChars(expected, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }

    /** The status the current string token names, or null when it names none. */
    static ClientStatus status(JsonParser parser) throws IOException {
        for (ClientStatus status : STATUSES) {
            if (equals(parser, status.wireName())) {
                return status;
            }
        }
        return null;
    }

    static boolean sameChars(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
