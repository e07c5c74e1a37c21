package io.heartbeatmonitor.core.presence;

/**
 * The online clients that share one {@link PresenceSettings}, ordered by their last heartbeat,
 * oldest first: a heartbeat moves its client to the end. The clients that may have fallen
 * silent are then all at the front, and a tick looks at those and stops at the first one heard
 * from recently, instead of at every client. A tick over 100,000 clients took some 10 ms under
 * the tracker's lock, twice a second, and every heartbeat arriving meanwhile waited.
 *
 * <p>A doubly linked list through fields of {@link ClientPresence}, so that moving a client
 * costs no allocation. Only the tracker touches it, under its lock.
 */
final class SilenceQueue {

    private ClientPresence head;
    private ClientPresence tail;

    /** The client heard from least recently, or null when none is queued. */
    ClientPresence oldest() {
        return head;
    }

    /** Puts {@code client} at the end, taking it from where it was if it was queued. */
    void moveToEnd(ClientPresence client) {
        if (tail == client) {
            return;
        }
        remove(client);
        client.silentQueue = this;
        client.silentBefore = tail;
        if (tail == null) {
            head = client;
        } else {
            tail.silentAfter = client;
        }
        tail = client;
    }

    /** Takes {@code client} out; does nothing when it is not queued here. */
    void remove(ClientPresence client) {
        if (client.silentQueue != this) {
            return;
        }
        if (client.silentBefore == null) {
            head = client.silentAfter;
        } else {
            client.silentBefore.silentAfter = client.silentAfter;
        }
        if (client.silentAfter == null) {
            tail = client.silentBefore;
        } else {
            client.silentAfter.silentBefore = client.silentBefore;
        }
        client.silentBefore = null;
        client.silentAfter = null;
        client.silentQueue = null;
    }
}
