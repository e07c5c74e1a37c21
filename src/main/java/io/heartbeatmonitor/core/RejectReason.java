package io.heartbeatmonitor.core;

/** Why a heartbeat was not accepted. */
public enum RejectReason {
    TOO_LARGE("too-large"),
    BAD_SUBJECT("bad-subject"),
    NOT_JSON("not-json"),
    NOT_AN_OBJECT("not-an-object"),
    MISSING_FIELD("missing-field"),
    WRONG_TYPE("wrong-type"),
    UNKNOWN_STATUS("unknown-status"),
    NEGATIVE_COUNTER("negative-counter"),
    BAD_TIMESTAMP("bad-timestamp"),
    ID_MISMATCH("id-mismatch");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** A stable lower-case name for output and storage. */
    public String code() {
        return code;
    }
}
