package io.heartbeatmonitor.app.history;

import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.query.Gap;
import io.heartbeatmonitor.history.query.KnownClient;
import io.heartbeatmonitor.history.query.MetricPoint;
import io.heartbeatmonitor.history.query.RawHeartbeat;
import io.heartbeatmonitor.history.query.RejectedHeartbeat;
import io.heartbeatmonitor.history.query.SessionRecord;
import io.heartbeatmonitor.history.query.StateChangeRecord;
import io.heartbeatmonitor.history.query.TimelineEntry;
import java.util.Locale;

/** The things {@code history --what} can show, each turned into a {@link ResultTable}. */
public enum HistoryView {

    SESSIONS {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            ResultTable.Builder table = ResultTable.builder("sessions", "tenant", "client", "start",
                    "end", "duration", "end_reason", "heartbeats", "worst_status", "version");
            for (SessionRecord s : reader.sessions(query.filter(), query.range())) {
                table.row(s.key().tenant(), s.key().client(), s.start(), s.end(),
                        s.duration(query.now()), s.isOpen() ? "open" : s.endReason().wireName(),
                        s.heartbeats(), s.worstStatus().wireName(), s.version());
            }
            return table.build();
        }
    },

    AVAILABILITY {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            return AvailabilityTable.build(reader, query);
        }
    },

    CHANGES {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            ResultTable.Builder table = ResultTable.builder("state changes or gaps", "time",
                    "tenant", "client", "previous", "state", "reason", "until");
            String scope = query.filter().tenant() == null ? "*" : query.filter().tenant();
            for (TimelineEntry entry : reader.timeline(query.filter(), query.range())) {
                switch (entry) {
                    case StateChangeRecord c -> table.row(c.at(), c.key().tenant(),
                            c.key().client(), c.previous().wireName(), c.state().wireName(),
                            c.reason() == null ? null : c.reason().wireName(), null);
                    case Gap gap -> table.row(gap.start(), scope, "*", null, "not-monitored",
                            gap.cause().wireName(), gap.end());
                }
            }
            return table.build();
        }
    },

    REJECTED {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            ResultTable.Builder table = ResultTable.builder("rejected heartbeats", "first", "last",
                    "count", "subject", "reason", "detail", "bytes", "excerpt");
            for (RejectedHeartbeat r : reader.rejections(query.filter(), query.range(),
                    query.limit())) {
                table.row(r.first(), r.count() > 1 ? r.last() : null, r.count(), r.subject(),
                        r.reason(), r.detail(), r.payloadBytes(), r.excerpt());
            }
            return table.build();
        }
    },

    METRICS {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            ResultTable.Builder table = ResultTable.builder("metric samples", "start", "width",
                    "heartbeats", "sent", "received", "errors", "uptime_s", "restarts");
            for (MetricPoint p : reader.metrics(query.client(), query.range()).points()) {
                table.row(p.start(), p.width(), p.heartbeats(), p.sent(), p.received(), p.errors(),
                        p.uptimeSeconds(), p.restarts());
            }
            return table.build();
        }
    },

    RAW {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            ResultTable.Builder table = ResultTable.builder("raw heartbeats", "received", "bytes",
                    "payload");
            for (RawHeartbeat raw : reader.recentHeartbeats(query.client())) {
                table.row(raw.receivedAt(), raw.payloadBytes(), raw.text());
            }
            return table.build();
        }
    },

    CLIENTS {
        @Override
        public ResultTable run(HistoryReader reader, HistoryQuery query) throws HistoryException {
            ResultTable.Builder table = ResultTable.builder("clients", "tenant", "client", "name",
                    "type", "capabilities", "version", "first_seen", "last_seen");
            for (KnownClient c : reader.clients(query.filter())) {
                table.row(c.key().tenant(), c.key().client(), c.metadata().name(),
                        c.metadata().type(), String.join(" ", c.metadata().capabilities()),
                        c.version(), c.firstSeen(), c.lastSeen());
            }
            return table.build();
        }
    };

    /** The views as the option spells them. */
    public static final String CHOICES =
            "sessions, availability, changes, rejected, metrics, raw, clients";

    /** Reads what the view shows. */
    public abstract ResultTable run(HistoryReader reader, HistoryQuery query)
            throws HistoryException;

    /** Parses the option value. */
    public static HistoryView fromOption(String value) {
        for (HistoryView view : values()) {
            if (view.name().equalsIgnoreCase(value)) {
                return view;
            }
        }
        throw new IllegalArgumentException("--what '" + value + "' is not one of " + CHOICES);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
