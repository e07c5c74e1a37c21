package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import java.sql.SQLException;

/**
 * Applies one event inside the writer's open transaction. Heartbeats are only added up in
 * memory (plus a raw payload now and then); everything else becomes a row at once.
 */
final class EventApplier {

    private final ClientBook book;
    private final Statements statements;
    private final RejectionFolds folds;
    private final RunLog run;
    private final int rawPerClient;

    EventApplier(ClientBook book, Statements statements, RejectionFolds folds, RunLog run,
            int rawPerClient) {
        this.book = book;
        this.statements = statements;
        this.folds = folds;
        this.run = run;
        this.rawPerClient = rawPerClient;
    }

    void apply(HistoryEvent event) throws SQLException {
        switch (event) {
            case HistoryEvent.HeartbeatSeen heartbeat -> heartbeat(heartbeat);
            case HistoryEvent.SessionStarted started -> sessionStarted(started.session());
            case HistoryEvent.SessionEnded ended -> sessionEnded(ended.session());
            case HistoryEvent.StateChanged changed -> stateChanged(changed.change());
            case HistoryEvent.HeartbeatRejected rejected -> folds.record(rejected, statements);
            case HistoryEvent.ConnectionChanged connection -> {
                run.connectionChanged(connection.state(), connection.atMs());
                if (connection.state().isUp()) {
                    // Counters after a gap cover time nobody watched: start again from a baseline.
                    book.all().forEach(ClientState::forgetCounters);
                }
            }
            case HistoryEvent.Flush flush -> {
                // Handled by the writer around the batch.
            }
            case HistoryEvent.Stop stop -> {
                // Handled by the writer around the batch.
            }
        }
    }

    private void heartbeat(HistoryEvent.HeartbeatSeen heartbeat) throws SQLException {
        ClientState client = book.get(heartbeat.client());
        long minute = Math.floorDiv(heartbeat.atMs(), 60_000);
        if (client.sample != null && client.sample.minute < minute) {
            book.ready(client.sample);
            client.sample = null;
        }
        if (client.sample == null) {
            client.sample = book.newSample(client, minute);
        }
        client.countInto(client.sample, heartbeat.atMs(), heartbeat.metrics());
        client.lastSeenMs = Math.max(client.lastSeenMs, heartbeat.atMs());
        // Written only when it changed: a reference written into this long-lived record marks a
        // card for the next young collection to scan, and nearly every heartbeat repeats it.
        if (!heartbeat.version().equals(client.version)) {
            client.version = heartbeat.version();
        }
        noteMetadata(client, heartbeat);
        client.countInSession(heartbeat.status());
        client.dirty = true;
        if (heartbeat.payload() != null) {
            keepRaw(client, heartbeat);
        }
    }

    private static void noteMetadata(ClientState client, HistoryEvent.HeartbeatSeen heartbeat) {
        if (heartbeat.metadata() == null) {
            return;
        }
        Object known = client.newMetadata != null ? client.newMetadata : client.writtenMetadata;
        if (!heartbeat.metadata().equals(known)) {
            client.newMetadata = heartbeat.metadata();
        }
    }

    /**
     * Puts a raw payload into the next slot of its client's ring.
     *
     * <p>Limitation: the ring is keyed by client, so every kept payload rewrites a page of its
     * own; at 100,000 clients heartbeating every 30 s that is most of what the monitor writes to
     * disk, some 3 MiB a second.
     */
    private void keepRaw(ClientState client, HistoryEvent.HeartbeatSeen heartbeat)
            throws SQLException {
        long id = book.rowId(client, heartbeat.atMs());
        if (client.nextRawSlot < 0) {
            client.nextRawSlot = (statements.newestRawSlot(id) + 1) % rawPerClient;
        }
        int slot = client.nextRawSlot % rawPerClient;
        statements.putRaw(id, slot, heartbeat.atMs(), heartbeat.payloadBytes(),
                heartbeat.payload());
        client.nextRawSlot = (slot + 1) % rawPerClient;
    }

    private void sessionStarted(Session session) throws SQLException {
        book.sessionStarted(book.get(session.key()), session);
    }

    private void sessionEnded(Session session) throws SQLException {
        book.sessionEnded(book.get(session.key()), session);
    }

    private void stateChanged(PresenceChange change) throws SQLException {
        ClientState client = book.get(change.key());
        statements.insertChange(book.rowId(client, change.at().toEpochMilli()), change);
    }
}
