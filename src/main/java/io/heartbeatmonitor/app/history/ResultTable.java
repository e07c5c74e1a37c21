package io.heartbeatmonitor.app.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What {@code history} prints, before it is formatted: named columns and rows of typed cells.
 * A cell is a {@link String}, a {@link Long} or {@link Integer}, a {@link Share} (percent), an
 * {@link java.time.Instant}, a {@link java.time.Duration}, or null for "nothing".
 *
 * @param subject what the rows are, in plural, for a "none found" line
 */
public record ResultTable(String subject, List<String> columns, List<List<Object>> rows) {

    public ResultTable {
        Objects.requireNonNull(subject, "subject");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A table being filled row by row. */
    static Builder builder(String subject, String... columns) {
        return new Builder(subject, List.of(columns));
    }

    /** A percentage, such as availability; kept apart from plain numbers so it prints as one. */
    public record Share(double percent) {
    }

    static final class Builder {
        private final String subject;
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String subject, List<String> columns) {
            this.subject = subject;
            this.columns = columns;
        }

        Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException(cells.length + " cells for " + columns.size()
                        + " columns");
            }
            // Arrays.asList, not List.of: a cell may be null.
            rows.add(Collections.unmodifiableList(Arrays.asList(cells)));
            return this;
        }

        ResultTable build() {
            return new ResultTable(subject, columns, rows);
        }
    }
}
