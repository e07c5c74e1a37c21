package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.PresenceChange;
import io.heartbeatmonitor.core.presence.Session;
import java.util.concurrent.CompletableFuture;

/**
 * What the recorder hands to the writer thread. Times are epoch milliseconds, taken from the
 * tracker's clock when the event happened.
 */
public sealed interface HistoryEvent {

    /**
     * A valid heartbeat.
     *
     * <p>Its counters are copied as numbers, and it points at the client's one {@link ClientLink}:
     * events wait in the queue for up to a batch's gathering, so whatever they point at that is
     * new for each heartbeat is copied by the young collections they live through.
     *
     * @param client the client, as the recorder and the writer know it
     * @param sent the reported {@code messages_sent}, and so on for the other counters
     * @param metadata the metadata it carried, or null
     * @param payload the raw payload (at most the configured number of bytes) when this one is
     *        to be kept as a recent raw heartbeat, else null
     * @param payloadBytes the full size of the payload
     */
    record HeartbeatSeen(ClientLink client, long atMs, ClientStatus status, long sent, long received,
            long errors, long uptimeSeconds, Metadata metadata, String version, byte[] payload,
            int payloadBytes) implements HistoryEvent {

        public ClientKey key() {
            return client.key();
        }

        /** The reported counters, as a value. */
        public Metrics metrics() {
            return new Metrics(sent, received, errors, uptimeSeconds);
        }
    }

    /** A session opened. */
    record SessionStarted(Session session) implements HistoryEvent {
    }

    /** A session ended. */
    record SessionEnded(Session session) implements HistoryEvent {
    }

    /** A presence transition. */
    record StateChanged(PresenceChange change) implements HistoryEvent {
    }

    /**
     * A rejected heartbeat.
     *
     * @param excerpt the first bytes of its payload
     * @param payloadBytes the full size of the payload
     */
    record HeartbeatRejected(Rejection rejection, long atMs, byte[] excerpt, int payloadBytes)
            implements HistoryEvent {
    }

    /** The monitor's NATS connection changed. */
    record ConnectionChanged(ConnectionState state, long atMs) implements HistoryEvent {
    }

    /**
     * Asks the writer to write everything it holds, including samples of the running minute,
     * and then complete {@code done}.
     */
    record Flush(CompletableFuture<Void> done) implements HistoryEvent {
    }

    /** Asks the writer to flush, end the monitor run and stop. */
    record Stop(CompletableFuture<Void> done) implements HistoryEvent {
    }
}
