package io.heartbeatmonitor.ui.connection;

/**
 * The line under the connection form.
 *
 * @param kind how it reads: neutral, good news, bad news, or work under way
 * @param text the sentence
 */
public record DialogStatus(Kind kind, String text) {

    /** How a status reads. */
    public enum Kind { INFO, OK, ERROR, BUSY }

    static DialogStatus info(String text) {
        return new DialogStatus(Kind.INFO, text);
    }

    static DialogStatus ok(String text) {
        return new DialogStatus(Kind.OK, text);
    }

    static DialogStatus error(String text) {
        return new DialogStatus(Kind.ERROR, text);
    }

    static DialogStatus busy(String text) {
        return new DialogStatus(Kind.BUSY, text);
    }
}
