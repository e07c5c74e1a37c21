package io.heartbeatmonitor.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;

/**
 * The quick way through for well-formed heartbeats: one of Jackson's non-blocking parsers, kept
 * and fed one payload after another, as the root values of one long stream. A new blocking
 * parser per payload, with its contexts, buffers and symbol table, was more than half of what
 * the dispatcher allocated, and so most of what made young collections come often.
 *
 * <p>Metadata whose exact bytes were read before is stepped over rather than read again (see
 * {@link MetadataImages}).
 *
 * <p>It only ever accepts. Whatever else happens (a rejection, a payload cut short, content
 * after the object, a parser error), it gives up, drops its parser, and {@link HeartbeatParser}
 * reads the payload again the ordinary way, which decides and words the outcome as it always
 * did. One per thread; not thread-safe.
 */
final class FedParser {

    /** A fresh parser now and then, so that its symbol table forgets the odd names of bad payloads. */
    private static final int DOCUMENTS_PER_PARSER = 10_000;

    private final JsonFactory factory;
    private final TextCache texts;
    private final MetadataCache metadata;
    private final MetadataImages images;
    private JsonParser parser;
    private ByteArrayFeeder feeder;
    private int documents;

    /** With the caches of the {@link HeartbeatParser} it serves, which all its threads share. */
    FedParser(JsonFactory factory, TextCache texts, MetadataCache metadata, MetadataImages images) {
        this.factory = factory;
        this.texts = texts;
        this.metadata = metadata;
        this.images = images;
    }

    /** The heartbeat in {@code payload}, or null when the ordinary way must decide. */
    Heartbeat read(ClientKey key, byte[] payload) {
        try {
            if (parser == null || documents >= DOCUMENTS_PER_PARSER) {
                renew();
            }
            documents++;
            long before = parser.currentLocation().getByteOffset();
            feeder.feedInput(payload, 0, payload.length);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return giveUp();
            }
            PayloadReader reader = new PayloadReader(parser, key, texts, metadata, images, payload, before);
            reader.readFields();
            // The reader also stops when the input runs out inside the object: only a closed top
            // object with nothing but white space after it is a whole payload.
            if (parser.currentToken() != JsonToken.END_OBJECT || !parser.getParsingContext().inRoot()) {
                return giveUp();
            }
            long end = parser.currentLocation().getByteOffset() - before;
            if (!onlyWhiteSpaceFrom(payload, end) || parser.nextToken() != JsonToken.NOT_AVAILABLE) {
                return giveUp();
            }
            return reader.toHeartbeat();
        } catch (IOException | RuntimeException e) {
            return giveUp();
        }
    }

    private void renew() throws IOException {
        drop();
        parser = factory.createNonBlockingByteArrayParser();
        feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        documents = 0;
    }

    private Heartbeat giveUp() {
        // Its state is wherever the payload left it; the next payload gets a new parser.
        drop();
        return null;
    }

    /** Closes the parser, which hands its buffers back to the factory's pool, and forgets it. */
    private void drop() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // A parser over byte arrays has nothing to fail at closing; it is dropped anyway.
            }
        }
        parser = null;
        feeder = null;
    }

    private static boolean onlyWhiteSpaceFrom(byte[] payload, long from) {
        if (from < 0 || from > payload.length) {
            return false;
        }
        for (int i = (int) from; i < payload.length; i++) {
            byte b = payload[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
