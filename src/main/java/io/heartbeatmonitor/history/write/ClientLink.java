package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.core.ClientKey;
import java.util.Objects;

/**
 * One client as the recorder and the writer both know it. The recorder keeps one per client and
 * puts it in every heartbeat event of that client; the writer finds its own state of the client
 * through it, rather than looking the key up among all the clients for each heartbeat, which was
 * the largest part of the writer's work on a heartbeat.
 */
public final class ClientLink {

    private final ClientKey key;
    private long lastRawMillis = Long.MIN_VALUE;
    /** The writer's state of this client once it has one; writer thread only. */
    ClientState state;

    public ClientLink(ClientKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public ClientKey key() {
        return key;
    }

    /**
     * When the recorder last kept a raw payload of this client, in epoch milliseconds;
     * {@link Long#MIN_VALUE} before the first. The recorder reads and sets it in its callbacks,
     * which the tracker's lock serialises.
     */
    public long lastRawMillis() {
        return lastRawMillis;
    }

    /** Notes that the recorder kept a raw payload received at {@code atMs}. */
    public void rawKept(long atMs) {
        lastRawMillis = atMs;
    }
}
