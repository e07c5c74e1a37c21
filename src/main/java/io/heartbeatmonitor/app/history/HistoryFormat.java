package io.heartbeatmonitor.app.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@code history} prints a {@link ResultTable}. The table is for people: local times with
 * their offset, durations such as {@code 2h 05m}. CSV and JSON are for tools and tickets: UTC
 * instants in ISO-8601, durations in seconds, percentages as plain numbers.
 */
public enum HistoryFormat {

    TABLE {
        @Override
        public void write(ResultTable table, PrintWriter out, ZoneId zone) {
            if (table.rows().isEmpty()) {
                out.println("No " + table.subject() + " found.");
                return;
            }
            List<List<String>> lines = new ArrayList<>();
            lines.add(table.columns().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
            for (List<Object> row : table.rows()) {
                lines.add(row.stream().map(cell -> human(cell, zone)).toList());
            }
            printAligned(lines, out);
        }
    },

    CSV {
        @Override
        public void write(ResultTable table, PrintWriter out, ZoneId zone) {
            out.println(String.join(",", table.columns().stream()
                    .map(HistoryFormat::csvField).toList()));
            for (List<Object> row : table.rows()) {
                out.println(String.join(",", row.stream().map(c -> csvField(machine(c))).toList()));
            }
        }
    },

    JSON {
        @Override
        public void write(ResultTable table, PrintWriter out, ZoneId zone) {
            try (JsonGenerator json = JSON_FACTORY.createGenerator(out)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartArray();
                for (List<Object> row : table.rows()) {
                    writeObject(json, table.columns(), row);
                }
                json.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException("writing to the terminal failed", e);
            }
            out.println();
        }
    };

    private static final JsonFactory JSON_FACTORY = new JsonFactory();
    private static final DateTimeFormatter LOCAL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx", Locale.ROOT);

    /** Prints the table; {@code zone} is where the reader is, for the table format's times. */
    public abstract void write(ResultTable table, PrintWriter out, ZoneId zone);

    /** Parses the option value: table, csv or json. */
    public static HistoryFormat fromOption(String value) {
        for (HistoryFormat format : values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new IllegalArgumentException("--format '" + value
                + "' is not one of table, csv, json");
    }

    /** A cell as people read it. */
    static String human(Object cell, ZoneId zone) {
        return switch (cell) {
            case null -> "-";
            case Instant instant ->
                    LOCAL_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
            case Duration duration -> humanDuration(duration);
            case ResultTable.Share share -> String.format(Locale.ROOT, "%.2f%%", share.percent());
            case String text -> oneLine(text);
            default -> cell.toString();
        };
    }

    /** A cell as tools read it; null stays null. */
    static Object machine(Object cell) {
        return switch (cell) {
            case Instant instant -> instant.toString();
            case Duration duration -> duration.toSeconds();
            case ResultTable.Share share -> Math.round(share.percent() * 1000) / 1000.0;
            case null, default -> cell;
        };
    }

    static String humanDuration(Duration duration) {
        long seconds = duration.toSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%dd %02dh %02dm", days, hours, minutes);
        }
        if (hours > 0) {
            return String.format(Locale.ROOT, "%dh %02dm", hours, minutes);
        }
        if (minutes > 0) {
            return String.format(Locale.ROOT, "%dm %02ds", minutes, seconds % 60);
        }
        return seconds + "s";
    }

    private static void printAligned(List<List<String>> lines, PrintWriter out) {
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                boolean last = i == widths.length - 1;
                text.append(last ? line.get(i) : pad(line.get(i), widths[i] + 2));
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** Control characters of a payload would break the table's lines; show them escaped. */
    private static String oneLine(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n")
                || text.contains("\r") || text.startsWith(" ") || text.endsWith(" ");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void writeObject(JsonGenerator json, List<String> columns, List<Object> row)
            throws IOException {
        json.writeStartObject();
        for (int i = 0; i < columns.size(); i++) {
            json.writeFieldName(columns.get(i));
            switch (machine(row.get(i))) {
                case null -> json.writeNull();
                case Long number -> json.writeNumber(number);
                case Integer number -> json.writeNumber(number);
                case Double number -> json.writeNumber(number);
                case Object other -> json.writeString(other.toString());
            }
        }
        json.writeEndObject();
    }
}
