package io.heartbeatmonitor.history.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a client's capabilities as a JSON array of strings in one column: any text a client
 * sends survives, separators included, and the column stays readable in a SQL shell.
 */
public final class Capabilities {

    private static final JsonFactory JSON = new JsonFactory();

    private Capabilities() {
    }

    /** The column value for {@code capabilities}. */
    public static String encode(List<String> capabilities) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (String capability : capabilities) {
                json.writeString(capability);
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /** Reads a column value back; null or anything but an array of strings gives an empty list. */
    public static List<String> decode(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<String> capabilities = new ArrayList<>();
        try (JsonParser json = JSON.createParser(column)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            for (JsonToken token = json.nextToken(); token == JsonToken.VALUE_STRING;
                    token = json.nextToken()) {
                capabilities.add(json.getText());
            }
        } catch (IOException e) {
            // Only this program writes the column; a hand-edited value is shown as no capabilities.
            return List.of();
        }
        return List.copyOf(capabilities);
    }
}
