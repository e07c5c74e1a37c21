package io.heartbeatmonitor.history.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reading typed values out of result rows. */
final class Rows {

    private Rows() {
    }

    /** An epoch-millisecond column as an instant, or null. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** An integer column, or null. */
    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
