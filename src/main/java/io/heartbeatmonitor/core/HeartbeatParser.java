package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads heartbeat payloads with Jackson's streaming parser, straight from the message bytes,
 * and checks them against the protocol. Unknown extra fields are accepted and skipped.
 *
 * <p>Every outcome is a {@link ParseResult}: no payload, however malformed, makes
 * {@link #parse} throw. Instances are immutable and safe to share between threads.
 */
public final class HeartbeatParser {

    /** Payloads above this size are rejected before they are read. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Reads one message.
     *
     * @param subject the subject the message arrived on
     * @param payload the message body
     */
    public ParseResult parse(String subject, byte[] payload) {
        ClientKey key = HeartbeatSubject.parse(subject);
        try {
            if (key == null) {
                throw new Problem(RejectReason.BAD_SUBJECT,
                        "subject does not match _HEARTBEAT.tenant.<tenant>.client.<client>");
            }
            if (payload.length > MAX_PAYLOAD_BYTES) {
                throw new Problem(RejectReason.TOO_LARGE, "payload of " + payload.length
                        + " bytes is over the limit of " + MAX_PAYLOAD_BYTES + " bytes");
            }
            return new ParseResult.Accepted(read(key, payload));
        } catch (Problem problem) {
            return rejected(subject, key, problem.reason, problem.getMessage());
        } catch (JsonProcessingException e) {
            return rejected(subject, key, RejectReason.NOT_JSON, firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            // A byte array cannot fail to read; anything else here is a parser corner case,
            // and the contract is that a payload is rejected, never thrown.
            return rejected(subject, key, RejectReason.NOT_JSON, firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static ParseResult rejected(String subject, ClientKey key, RejectReason reason, String detail) {
        return new ParseResult.Rejected(new Rejection(String.valueOf(subject), key, reason, detail));
    }

    private Heartbeat read(ClientKey key, byte[] payload) throws IOException {
        try (JsonParser parser = factory.createParser(payload)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Problem(RejectReason.NOT_JSON, "empty payload");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new Problem(RejectReason.NOT_AN_OBJECT, "payload is " + describe(first) + ", not an object");
            }
            Fields fields = readFields(parser);
            if (parser.nextToken() != null) {
                throw new Problem(RejectReason.NOT_JSON, "content after the end of the object");
            }
            return fields.toHeartbeat(key);
        }
    }

    private static Fields readFields(JsonParser parser) throws IOException {
        Fields fields = new Fields();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "client_id" -> fields.clientId = string(parser, value, name);
                case "tenant_id" -> fields.tenantId = string(parser, value, name);
                case "timestamp" -> fields.timestamp = timestamp(string(parser, value, name));
                case "version" -> fields.version = string(parser, value, name);
                case "status" -> fields.status = string(parser, value, name);
                case "metrics" -> fields.metrics = metrics(parser, value);
                case "metadata" -> fields.metadata = metadata(parser, value);
                default -> parser.skipChildren();
            }
        }
        return fields;
    }

    private static Metrics metrics(JsonParser parser, JsonToken value) throws IOException {
        requireObject(value, "metrics");
        long sent = -1;
        long received = -1;
        long errors = -1;
        long uptime = -1;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "messages_sent" -> sent = counter(parser, token, name);
                case "messages_received" -> received = counter(parser, token, name);
                case "errors" -> errors = counter(parser, token, name);
                case "uptime_seconds" -> uptime = counter(parser, token, name);
                default -> parser.skipChildren();
            }
        }
        requirePresent(sent, "messages_sent");
        requirePresent(received, "messages_received");
        requirePresent(errors, "errors");
        requirePresent(uptime, "uptime_seconds");
        return new Metrics(sent, received, errors, uptime);
    }

    private static Metadata metadata(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        requireObject(value, "metadata");
        String name = null;
        String type = null;
        List<String> capabilities = List.of();
        for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "name" -> name = optionalString(parser, token, "metadata.name");
                case "type" -> type = optionalString(parser, token, "metadata.type");
                case "capabilities" -> capabilities = capabilities(parser, token);
                default -> parser.skipChildren();
            }
        }
        return new Metadata(name, type, capabilities);
    }

    private static List<String> capabilities(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            throw wrongType("metadata.capabilities", "an array of strings", token);
        }
        List<String> result = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            result.add(string(parser, item, "metadata.capabilities[" + result.size() + "]"));
        }
        return result;
    }

    private static String string(JsonParser parser, JsonToken token, String field) throws IOException {
        if (token != JsonToken.VALUE_STRING) {
            throw wrongType(field, "a string", token);
        }
        return parser.getText();
    }

    private static String optionalString(JsonParser parser, JsonToken token, String field) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : string(parser, token, field);
    }

    private static long counter(JsonParser parser, JsonToken token, String field) throws IOException {
        String path = "metrics." + field;
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(path, "a whole number", token);
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new Problem(RejectReason.WRONG_TYPE, "field '" + path + "' is too large");
        }
        long number = parser.getLongValue();
        if (number < 0) {
            throw new Problem(RejectReason.NEGATIVE_COUNTER, "field '" + path + "' is negative (" + number + ")");
        }
        return number;
    }

    private static Instant timestamp(String text) {
        Instant parsed = IsoTimestamp.parse(text);
        if (parsed == null) {
            throw new Problem(RejectReason.BAD_TIMESTAMP, "timestamp '" + abbreviate(text)
                    + "' is not ISO-8601 with a time zone offset");
        }
        return parsed;
    }

    private static void requireObject(JsonToken token, String field) {
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(field, "an object", token);
        }
    }

    private static void requirePresent(long counter, String field) {
        if (counter < 0) {
            throw missing("metrics." + field);
        }
    }

    private static Problem missing(String field) {
        return new Problem(RejectReason.MISSING_FIELD, "missing field '" + field + "'");
    }

    private static Problem wrongType(String field, String expected, JsonToken actual) {
        return new Problem(RejectReason.WRONG_TYPE,
                "field '" + field + "' must be " + expected + ", not " + describe(actual));
    }

    private static String describe(JsonToken token) {
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
    static String abbreviate(String text) {
        String oneLine = escapeControls(text);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
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

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return abbreviate(end < 0 ? message : message.substring(0, end)).strip();
    }

    /** The fields of one payload as read, before the required ones are checked. */
    private static final class Fields {
        private String clientId;
        private String tenantId;
        private Instant timestamp;
        private String version;
        private String status;
        private Metrics metrics;
        private Metadata metadata;

        Heartbeat toHeartbeat(ClientKey key) {
            require(clientId, "client_id");
            require(tenantId, "tenant_id");
            require(timestamp, "timestamp");
            require(version, "version");
            require(status, "status");
            require(metrics, "metrics");
            if (!tenantId.equals(key.tenant())) {
                throw mismatch("tenant_id", tenantId, key.tenant());
            }
            if (!clientId.equals(key.client())) {
                throw mismatch("client_id", clientId, key.client());
            }
            ClientStatus parsedStatus = ClientStatus.fromWire(status).orElseThrow(() -> new Problem(
                    RejectReason.UNKNOWN_STATUS, "unknown status '" + abbreviate(status) + "'"));
            return new Heartbeat(key, timestamp, version, parsedStatus, metrics, metadata);
        }

        private static void require(Object value, String field) {
            if (value == null) {
                throw missing(field);
            }
        }

        private static Problem mismatch(String field, String payloadValue, String subjectValue) {
            return new Problem(RejectReason.ID_MISMATCH, field + " '" + abbreviate(payloadValue)
                    + "' differs from the subject's '" + subjectValue + "'");
        }
    }

    /** Unwinds the parse with a reason; it carries no stack trace because it is expected. */
    private static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RejectReason reason;

        Problem(RejectReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }
}
