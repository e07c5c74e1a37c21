package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.presence.Session;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every client the writer has heard of in this run, with the row ids it has learnt. Ids are
 * only a cache of the database: after a rolled-back transaction they are forgotten and looked
 * up again. Writer thread only.
 */
final class ClientBook {

    /**
     * Minute samples, or clients' progress, sent to SQLite in one JDBC batch. Executed one by
     * one, in the driver rather than in SQLite, a sample's upsert cost about 3 µs more than its
     * share of a batch, and a client's update about 0.9 µs more: at 100,000 clients, most of a
     * minute's turn, and 1% of a core for the progress.
     */
    private static final int ROWS_PER_JDBC_BATCH = 1_024;

    /** Clients by row id, those without a row yet last. */
    private static final Comparator<ClientState> IN_ROW_ORDER =
            Comparator.comparingLong(client -> client.id == 0 ? Long.MAX_VALUE : client.id);

    private final Map<ClientKey, ClientState> clients = new HashMap<>();
    private final Set<Long> knownIds = new HashSet<>();
    private final Deque<MinuteSample> ready = new ArrayDeque<>();
    /** Written samples, to be used again; at most as many as were ever in use at once. */
    private final Deque<MinuteSample> spare = new ArrayDeque<>();
    private final Deque<ClientState> progress = new ArrayDeque<>();
    /** Samples written in the transaction under way. */
    private int uncommitted;
    private final Statements statements;
    private final HourFolder hours;

    ClientBook(Statements statements, HourFolder hours) {
        this.statements = statements;
        this.hours = hours;
    }

    /** The state of {@code key}, created on first sight. */
    ClientState get(ClientKey key) {
        return clients.computeIfAbsent(key, ClientState::new);
    }

    /** The state of a linked client, kept in the link after the first lookup. */
    ClientState get(ClientLink link) {
        ClientState state = link.state;
        if (state == null) {
            state = get(link.key());
            link.state = state;
        }
        return state;
    }

    Collection<ClientState> all() {
        return clients.values();
    }

    /** Whether a client with this row id is one the writer is working with. */
    boolean isActive(long id) {
        return knownIds.contains(id);
    }

    /** The row id of a client, inserting its row when it has none. */
    long rowId(ClientState client, long atMs) throws SQLException {
        if (client.id == 0) {
            long found = statements.findClient(client.key);
            client.id = found != 0 ? found : statements.insertClient(client.key, atMs);
            knownIds.add(client.id);
        }
        return client.id;
    }

    /**
     * The row id of the client's open session; after a rollback it is looked up by its start,
     * and inserted again when the rollback took it.
     */
    long sessionRowId(ClientState client, long atMs) throws SQLException {
        if (client.sessionId == 0 && client.session != null) {
            long clientId = rowId(client, atMs);
            long found = statements.findOpenSession(clientId, client.session.start());
            client.sessionId = found != 0 ? found
                    : statements.insertSession(clientId, client.session, client.lastSeenMs);
        }
        return client.sessionId;
    }

    /** Records the start of a session. */
    void sessionStarted(ClientState client, Session session) throws SQLException {
        long clientId = rowId(client, session.start().toEpochMilli());
        client.session = session;
        client.sessionId = statements.insertSession(clientId, session, client.lastSeenMs);
        // Its heartbeats are counted as their events come, the opening one included, which the
        // tracker reports after the start.
        client.sessionHeartbeats = 0;
        client.sessionWorst = session.worstStatus();
    }

    /** Records the end of a session, whether or not its start is stored. */
    void sessionEnded(ClientState client, Session ended) throws SQLException {
        long clientId = rowId(client, ended.end().toEpochMilli());
        long lastHeartbeat = Math.max(client.lastSeenMs, ended.start().toEpochMilli());
        boolean stored = client.session != null && client.session.start().equals(ended.start())
                && statements.endSession(sessionRowId(client, lastHeartbeat), ended, lastHeartbeat);
        if (!stored) {
            statements.insertSession(clientId, ended, lastHeartbeat);
        }
        client.session = null;
        client.sessionId = 0;
    }

    /** Moves samples of minutes before {@code minute} to the ready list; all when forced. */
    void closeMinutesBefore(long minute) {
        for (ClientState client : clients.values()) {
            MinuteSample sample = client.sample;
            if (sample != null && sample.minute < minute) {
                ready.add(sample);
                client.sample = null;
            }
        }
    }

    /** An empty sample of {@code client} for {@code minute}, a written one used again when there is one. */
    MinuteSample newSample(ClientState client, long minute) {
        MinuteSample sample = spare.poll();
        if (sample == null) {
            return new MinuteSample(client, minute);
        }
        sample.reset(client, minute);
        return sample;
    }

    /** Queues a sample whose minute is over. */
    void ready(MinuteSample sample) {
        ready.add(sample);
    }

    /** Whether finished samples wait to be written. */
    boolean hasReady() {
        return !ready.isEmpty();
    }

    /** Writes up to {@code limit} finished samples; returns how many are still waiting. */
    int writeReady(int limit) throws SQLException {
        int left = Math.min(limit, ready.size());
        while (left > 0) {
            int chunk = Math.min(left, ROWS_PER_JDBC_BATCH);
            writeChunk(chunk);
            left -= chunk;
        }
        return ready.size();
    }

    /** The transaction is committed: the samples written in it are safe. */
    void committed() {
        uncommitted = 0;
    }

    /**
     * Writes the first {@code count} ready samples as one JDBC batch. They stay ready until the
     * batch is written, so that a failure counts them among the lost.
     */
    private void writeChunk(int count) throws SQLException {
        try {
            Iterator<MinuteSample> samples = ready.iterator();
            for (int i = 0; i < count; i++) {
                MinuteSample sample = samples.next();
                statements.addSample(rowId(sample.owner, sample.minute * 60_000), sample);
            }
            statements.writeSamples();
        } catch (SQLException e) {
            discardBatches(e);
            throw e;
        }
        for (int i = 0; i < count; i++) {
            MinuteSample sample = ready.remove();
            if (hours.isFolded(sample.owner.id, sample.hour())) {
                hours.refold(sample.owner.id, sample.hour());
            }
            spare.push(sample);
        }
        uncommitted += count;
    }

    /**
     * Starts a pass over the clients whose progress (last seen, version, metadata, the open
     * session's heartbeats) is not written yet; {@link #writeProgress} then writes it a slice
     * per batch, so that tens of thousands of clients never make one long transaction while
     * heartbeats queue up. A pass still under way is finished first.
     *
     * <p>The pass goes in the order of the rows, so that each slice rewrites a few neighbouring
     * pages of the file rather than one page per client: SQLite writes whole pages.
     */
    void startProgressPass() {
        if (!progress.isEmpty()) {
            return;
        }
        List<ClientState> changed = new ArrayList<>();
        for (ClientState client : clients.values()) {
            if (client.dirty) {
                changed.add(client);
            }
        }
        changed.sort(IN_ROW_ORDER);
        progress.addAll(changed);
    }

    /** Whether a pass started by {@link #startProgressPass} still has clients to write. */
    boolean hasProgress() {
        return !progress.isEmpty();
    }

    /** Writes the progress of up to {@code limit} clients of the pass under way. */
    void writeProgress(int limit) throws SQLException {
        try {
            for (int i = 0; i < limit && !progress.isEmpty(); i++) {
                writeProgress(progress.remove());
            }
            statements.writeProgress();
        } catch (SQLException e) {
            discardBatches(e);
            throw e;
        }
    }

    /** Writes the progress of every client, in or out of a pass; before a flush or a stop. */
    void writeAllProgress() throws SQLException {
        progress.clear();
        try {
            int batched = 0;
            for (ClientState client : clients.values()) {
                if (writeProgress(client) && ++batched % ROWS_PER_JDBC_BATCH == 0) {
                    statements.writeProgress();
                }
            }
            statements.writeProgress();
        } catch (SQLException e) {
            discardBatches(e);
            throw e;
        }
    }

    /** After {@code failure}, forgets what the statements' batches hold unwritten. */
    private void discardBatches(SQLException failure) {
        try {
            statements.discardBatches();
        } catch (SQLException discarding) {
            failure.addSuppressed(discarding);
        }
    }

    /** Adds a client's progress to the statements' batches; false when there was none. */
    private boolean writeProgress(ClientState client) throws SQLException {
        if (!client.dirty) {
            return false;
        }
        long id = rowId(client, client.lastSeenMs);
        statements.touchClient(id, client.lastSeenMs, client.version);
        if (client.newMetadata != null) {
            statements.writeMetadata(id, client.newMetadata);
            client.writtenMetadata = client.newMetadata;
            client.newMetadata = null;
        }
        if (client.session != null) {
            statements.touchSession(sessionRowId(client, client.lastSeenMs), client.lastSeenMs,
                    client.sessionHeartbeats, client.sessionWorst);
        }
        client.dirty = false;
        return true;
    }

    /** After a rollback: every id is looked up again, and everything is marked to be written. */
    void forgetRowIds() {
        knownIds.clear();
        clients.values().forEach(ClientState::forgetRowIds);
    }

    /**
     * After a rollback: the samples written in the transaction and those still waiting are
     * gone; returns how many.
     */
    int dropReady() {
        int lost = ready.size() + uncommitted;
        spare.addAll(ready);
        ready.clear();
        uncommitted = 0;
        return lost;
    }
}
