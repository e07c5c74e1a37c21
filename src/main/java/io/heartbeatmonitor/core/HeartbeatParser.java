package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads heartbeat payloads with Jackson's streaming parser, straight from the message bytes,
 * and checks them against the protocol. Unknown extra fields are accepted and skipped; a field
 * the protocol defines may appear only once.
 *
 * <p>Every outcome is a {@link ParseResult}: no payload, however malformed, makes
 * {@link #parse} throw. Instances are safe to share between threads; each thread reads
 * well-formed payloads through a {@link FedParser} of its own.
 */
public final class HeartbeatParser {

    /** Payloads above this size are rejected before they are read. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    // Jackson's own duplicate detection keeps a hash set per object, which doubled the cost of a
    // heartbeat; the reader finds duplicates of the fields it knows with a bit mask instead.
    private final JsonFactory factory = new JsonFactory();
    private final TextCache texts = new TextCache();
    private final MetadataCache metadata = new MetadataCache();
    private final MetadataImages metadataImages = new MetadataImages();
    /** Null when every payload is read the ordinary way. */
    private final ThreadLocal<FedParser> fed;

    public HeartbeatParser() {
        this(true);
    }

    /** @param quick whether well-formed payloads go the {@link FedParser}'s way; false to compare against */
    HeartbeatParser(boolean quick) {
        this.fed = quick
                ? ThreadLocal.withInitial(() -> new FedParser(factory, texts, metadata, metadataImages))
                : null;
    }

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
                throw new PayloadProblem(RejectReason.BAD_SUBJECT,
                        "subject does not match _HEARTBEAT.tenant.<tenant>.client.<client>");
            }
            if (payload.length > MAX_PAYLOAD_BYTES) {
                throw new PayloadProblem(RejectReason.TOO_LARGE, "payload of " + payload.length
                        + " bytes is over the limit of " + MAX_PAYLOAD_BYTES + " bytes");
            }
            Heartbeat quick = fed == null ? null : fed.get().read(key, payload);
            return new ParseResult.Accepted(quick != null ? quick : read(key, payload));
        } catch (PayloadProblem problem) {
            return rejected(subject, key, problem.reason(), problem.getMessage());
        } catch (JsonProcessingException e) {
            return rejected(subject, key, RejectReason.NOT_JSON, firstLine(e.getOriginalMessage()));
        } catch (IOException | RuntimeException e) {
            // A byte array cannot fail to read; anything else here is a parser corner case,
            // and the contract is that a payload is rejected, never thrown.
            return rejected(subject, key, RejectReason.NOT_JSON, firstLine(e.getMessage()));
        }
    }

    private static ParseResult rejected(String subject, ClientKey key, RejectReason reason, String detail) {
        return new ParseResult.Rejected(new Rejection(String.valueOf(subject), key, reason, detail));
    }

    private Heartbeat read(ClientKey key, byte[] payload) throws IOException {
        try (JsonParser parser = factory.createParser(payload)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new PayloadProblem(RejectReason.NOT_JSON, "empty payload");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new PayloadProblem(RejectReason.NOT_AN_OBJECT,
                        "payload is " + PayloadProblem.describe(first) + ", not an object");
            }
            PayloadReader reader = new PayloadReader(parser, key, texts, metadata);
            reader.readFields();
            if (parser.nextToken() != null) {
                throw new PayloadProblem(RejectReason.NOT_JSON, "content after the end of the object");
            }
            return reader.toHeartbeat();
        }
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message);
        int end = text.indexOf('\n');
        return PayloadProblem.quote(end < 0 ? text : text.substring(0, end)).strip();
    }
}
