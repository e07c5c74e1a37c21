package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of one heartbeat payload from a streaming parser positioned inside the top
 * object, and turns them into a {@link Heartbeat} or a {@link PayloadProblem}. One instance per
 * payload. Ids and the status are compared in place, without making Strings of them, because
 * this runs for every message.
 */
final class PayloadReader {

    private static final int CLIENT_ID = 1;
    private static final int TENANT_ID = 1 << 1;
    private static final int TIMESTAMP = 1 << 2;
    private static final int VERSION = 1 << 3;
    private static final int STATUS = 1 << 4;
    private static final int METRICS = 1 << 5;
    private static final int METADATA = 1 << 6;
    private static final String[] COUNTER_PATHS = {
        "metrics.messages_sent", "metrics.messages_received", "metrics.errors", "metrics.uptime_seconds"};

    private final JsonParser json;
    private final ClientKey key;
    private final TextCache texts;
    private final MetadataCache metadataCache;
    /** Null unless metadata seen before may be stepped over; then also the payload and where it starts. */
    private final MetadataImages images;
    private final byte[] payload;
    private final long payloadOffset;

    private int seen;
    private String clientIdMismatch;
    private String tenantIdMismatch;
    private Instant timestamp;
    private String version;
    private ClientStatus status;
    private String unknownStatus;
    private Metrics metrics;
    private Metadata metadata;

    PayloadReader(JsonParser json, ClientKey key, TextCache texts, MetadataCache metadataCache) {
        this(json, key, texts, metadataCache, null, null, 0);
    }

    /**
     * A reader that steps over metadata objects whose bytes it finds among {@code images}.
     *
     * @param payloadOffset the parser's byte offset of the payload's first byte
     */
    PayloadReader(JsonParser json, ClientKey key, TextCache texts, MetadataCache metadataCache,
            MetadataImages images, byte[] payload, long payloadOffset) {
        this.json = json;
        this.key = key;
        this.texts = texts;
        this.metadataCache = metadataCache;
        this.images = images;
        this.payload = payload;
        this.payloadOffset = payloadOffset;
    }

    /** Reads the top object's fields up to its end. */
    void readFields() throws IOException {
        for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
            JsonToken value = json.nextToken();
            switch (name) {
                case "client_id" -> clientIdMismatch = id(value, name, CLIENT_ID, key.client());
                case "tenant_id" -> tenantIdMismatch = id(value, name, TENANT_ID, key.tenant());
                case "timestamp" -> timestamp = timestamp(value);
                case "version" -> version = cachedString(value, name, VERSION);
                case "status" -> readStatus(value);
                case "metrics" -> metrics = metrics(value);
                case "metadata" -> metadata = metadata(value);
                default -> json.skipChildren();
            }
        }
    }

    /** Checks that the fields read make a complete heartbeat for the subject's client. */
    Heartbeat toHeartbeat() {
        require(CLIENT_ID, "client_id");
        require(TENANT_ID, "tenant_id");
        require(TIMESTAMP, "timestamp");
        require(VERSION, "version");
        require(STATUS, "status");
        require(METRICS, "metrics");
        if (tenantIdMismatch != null) {
            throw mismatch("tenant_id", tenantIdMismatch, key.tenant());
        }
        if (clientIdMismatch != null) {
            throw mismatch("client_id", clientIdMismatch, key.client());
        }
        if (status == null) {
            throw new PayloadProblem(RejectReason.UNKNOWN_STATUS,
                    "unknown status '" + PayloadProblem.quote(unknownStatus) + "'");
        }
        return new Heartbeat(key, timestamp, version, status, metrics, metadata);
    }

    /** Checks an id against the subject's token; returns the payload's value only when they differ. */
    private String id(JsonToken token, String field, int bit, String expected) throws IOException {
        markSeen(bit, field);
        requireString(token, field);
        return JsonText.equals(json, expected) ? null : json.getText();
    }

    private Instant timestamp(JsonToken token) throws IOException {
        markSeen(TIMESTAMP, "timestamp");
        requireString(token, "timestamp");
        Instant parsed = IsoTimestamp.parse(json.getTextCharacters(), json.getTextOffset(), json.getTextLength());
        if (parsed == null) {
            throw new PayloadProblem(RejectReason.BAD_TIMESTAMP, "timestamp '" + PayloadProblem.quote(json.getText())
                    + "' is not ISO-8601 with a time zone offset");
        }
        return parsed;
    }

    private void readStatus(JsonToken token) throws IOException {
        markSeen(STATUS, "status");
        requireString(token, "status");
        status = JsonText.status(json);
        unknownStatus = status == null ? json.getText() : null;
    }

    private Metrics metrics(JsonToken token) throws IOException {
        markSeen(METRICS, "metrics");
        requireObject(token, "metrics");
        long[] counters = {-1, -1, -1, -1};
        for (String name = json.nextFieldName(); name != null; name = json.nextFieldName()) {
            JsonToken value = json.nextToken();
            int index = switch (name) {
                case "messages_sent" -> 0;
                case "messages_received" -> 1;
                case "errors" -> 2;
                case "uptime_seconds" -> 3;
                default -> -1;
            };
            if (index < 0) {
                json.skipChildren();
            } else {
                counters[index] = counter(value, COUNTER_PATHS[index], counters[index]);
            }
        }
        for (int i = 0; i < counters.length; i++) {
            if (counters[i] < 0) {
                throw PayloadProblem.missing(COUNTER_PATHS[i]);
            }
        }
        return new Metrics(counters[0], counters[1], counters[2], counters[3]);
    }

    private long counter(JsonToken token, String path, long previous) throws IOException {
        if (previous >= 0) {
            throw PayloadProblem.duplicate(path);
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw PayloadProblem.wrongType(path, "a whole number", token);
        }
        if (json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new PayloadProblem(RejectReason.WRONG_TYPE, "field '" + path + "' is too large");
        }
        long number = json.getLongValue();
        if (number < 0) {
            throw new PayloadProblem(RejectReason.NEGATIVE_COUNTER,
                    "field '" + path + "' is negative (" + number + ")");
        }
        return number;
    }

    private Metadata metadata(JsonToken token) throws IOException {
        markSeen(METADATA, "metadata");
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        requireObject(token, "metadata");
        int start = images == null ? -1 : objectStart();
        if (start >= 0) {
            MetadataImages.Image known = images.find(payload, start);
            if (known != null) {
                return stepOver(known, start);
            }
        }
        String name = null;
        String type = null;
        List<String> capabilities = null;
        for (String field = json.nextFieldName(); field != null; field = json.nextFieldName()) {
            JsonToken value = json.nextToken();
            switch (field) {
                case "name" -> name = optionalString(value, "metadata.name", name != null);
                case "type" -> type = optionalString(value, "metadata.type", type != null);
                case "capabilities" -> capabilities = capabilities(value, capabilities != null);
                default -> json.skipChildren();
            }
        }
        Metadata read = metadataCache.metadata(name, type, capabilities == null ? List.of() : capabilities);
        if (start >= 0) {
            images.offer(payload, start, (int) (json.currentLocation().getByteOffset() - payloadOffset), read);
        }
        return read;
    }

    /**
     * Where in the payload the object whose start the parser just returned begins, or -1: the
     * parser has read up to and including its brace, and no further.
     */
    private int objectStart() {
        long at = json.currentLocation().getByteOffset() - payloadOffset - 1;
        return at >= 0 && at < payload.length && payload[(int) at] == '{' ? (int) at : -1;
    }

    /** Skips the object at {@code start}, which is {@code known}'s image, and returns its metadata. */
    private Metadata stepOver(MetadataImages.Image known, int start) throws IOException {
        json.skipChildren();
        long end = json.currentLocation().getByteOffset() - payloadOffset;
        if (json.currentToken() != JsonToken.END_OBJECT || end != start + known.bytes().length) {
            // Cannot happen for the same bytes; the quick way then leaves the payload to the ordinary one.
            throw new IllegalStateException("metadata image of " + known.bytes().length
                    + " bytes at " + start + " ended at " + end);
        }
        return known.metadata();
    }

    private List<String> capabilities(JsonToken token, boolean duplicate) throws IOException {
        if (duplicate) {
            throw PayloadProblem.duplicate("metadata.capabilities");
        }
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw PayloadProblem.wrongType("metadata.capabilities", "an array of strings", token);
        }
        List<String> result = new ArrayList<>(4);
        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            if (item != JsonToken.VALUE_STRING) {
                throw PayloadProblem.wrongType("metadata.capabilities[" + result.size() + "]", "a string", item);
            }
            result.add(cachedText());
        }
        return result;
    }

    private String optionalString(JsonToken token, String field, boolean duplicate) throws IOException {
        if (duplicate) {
            throw PayloadProblem.duplicate(field);
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        requireString(token, field);
        return cachedText();
    }

    private String cachedString(JsonToken token, String field, int bit) throws IOException {
        markSeen(bit, field);
        requireString(token, field);
        return cachedText();
    }

    private String cachedText() throws IOException {
        return texts.text(json.getTextCharacters(), json.getTextOffset(), json.getTextLength());
    }

    private void markSeen(int bit, String field) {
        if ((seen & bit) != 0) {
            throw PayloadProblem.duplicate(field);
        }
        seen |= bit;
    }

    private void require(int bit, String field) {
        if ((seen & bit) == 0) {
            throw PayloadProblem.missing(field);
        }
    }

    private static void requireString(JsonToken token, String field) {
        if (token != JsonToken.VALUE_STRING) {
            throw PayloadProblem.wrongType(field, "a string", token);
        }
    }

    private static void requireObject(JsonToken token, String field) {
        if (token != JsonToken.START_OBJECT) {
            throw PayloadProblem.wrongType(field, "an object", token);
        }
    }

    private static PayloadProblem mismatch(String field, String payloadValue, String subjectValue) {
        return new PayloadProblem(RejectReason.ID_MISMATCH, field + " '" + PayloadProblem.quote(payloadValue)
                + "' differs from the subject's '" + PayloadProblem.quote(subjectValue) + "'");
    }
}
