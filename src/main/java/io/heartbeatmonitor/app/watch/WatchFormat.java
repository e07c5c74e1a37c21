package io.heartbeatmonitor.app.watch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.heartbeatmonitor.app.MonitorLosses;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.PresenceChange;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

/** How {@code watch} writes one event as one line. */
public enum WatchFormat {

    /** One JSON object per line, for scripts. */
    JSON {
        @Override
        String presence(PresenceChange change) {
            return event("presence", change.at(), json -> {
                json.writeStringField("tenant", change.key().tenant());
                json.writeStringField("client", change.key().client());
                json.writeStringField("state", change.state().wireName());
                json.writeStringField("previous", change.previous().wireName());
                json.writeStringField("reason", change.reason() == null ? null : change.reason().wireName());
            });
        }

        @Override
        String rejected(Rejection rejection, Instant at) {
            return event("rejected", at, json -> {
                json.writeStringField("subject", rejection.subject());
                json.writeStringField("reason", rejection.describe());
            });
        }

        @Override
        String connection(ConnectionState state, Instant at) {
            return event("connection", at, json -> {
                json.writeStringField("state", state.wireName());
            });
        }

        @Override
        String losses(MonitorLosses totals, Instant at) {
            return event("losses", at, json -> {
                json.writeNumberField("heartbeats_dropped", totals.heartbeatsDropped());
                json.writeNumberField("history_dropped", totals.historyDropped());
                json.writeNumberField("history_lost", totals.historyLost());
                json.writeStringField("history_failure", totals.historyFailure());
            });
        }
    },

    /** Aligned words, for people. */
    TEXT {
        @Override
        String presence(PresenceChange change) {
            String reason = change.reason() == null ? "" : " (" + change.reason().wireName() + ")";
            return String.format("%s  %-10s %-32s %s -> %s%s", change.at(), "presence", change.key(),
                    change.previous().wireName(), change.state().wireName(), reason);
        }

        @Override
        String rejected(Rejection rejection, Instant at) {
            return String.format("%s  %-10s %-32s %s", at, "rejected", rejection.subject(), rejection.describe());
        }

        @Override
        String connection(ConnectionState state, Instant at) {
            return String.format("%s  %-10s %s", at, "connection", state.wireName());
        }

        @Override
        String losses(MonitorLosses totals, Instant at) {
            String failure = totals.historyFailure() == null ? ""
                    : "; history not recorded: " + totals.historyFailure();
            return String.format("%s  %-10s %d heartbeats dropped, %d history events dropped,"
                    + " %d lost%s", at, "losses", totals.heartbeatsDropped(),
                    totals.historyDropped(), totals.historyLost(), failure);
        }
    };

    private static final JsonFactory FACTORY = new JsonFactory();

    abstract String presence(PresenceChange change);

    abstract String rejected(Rejection rejection, Instant at);

    abstract String connection(ConnectionState state, Instant at);

    /** The monitor's losses since it started, when they changed. */
    abstract String losses(MonitorLosses totals, Instant at);

    /** One event as a JSON object: its name and time first, then {@code fields}. */
    private static String event(String name, Instant at, Fields fields) {
        StringWriter out = new StringWriter(160);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("event", name);
            json.writeStringField("at", at.toString());
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }
}
