package io.heartbeatmonitor.core.presence;

import java.util.Arrays;

/**
 * The online clients that share one {@link PresenceSettings}, ordered by their last heartbeat,
 * oldest first: a heartbeat moves its client to the end. The clients that may have fallen
 * silent are then all at the front, and a tick looks at those and stops at the first one heard
 * from recently, instead of at every client. A tick over 100,000 clients took some 10 ms under
 * the tracker's lock, twice a second, and every heartbeat arriving meanwhile waited.
 *
 * <p>A doubly linked list of places: every client of these settings has a place for good, given
 * when it is created, and the links are numbers in arrays. Moving a client on each heartbeat then
 * writes no object reference into the long-lived clients; each such write marks a card that the
 * garbage collector has to scan again, and with every client heard from between two collections,
 * those scans were most of a young pause. Only the tracker touches it, under its lock.
 */
final class SilenceQueue {

    private static final int NONE = -1;
    private static final int FIRST_CAPACITY = 16;

    private ClientPresence[] members = new ClientPresence[FIRST_CAPACITY];
    private int[] before = new int[FIRST_CAPACITY];
    private int[] after = new int[FIRST_CAPACITY];
    private boolean[] queued = new boolean[FIRST_CAPACITY];
    private int places;
    private int head = NONE;
    private int tail = NONE;

    /** Gives {@code client} its place, not queued yet; once, as the client is created. */
    int enrol(ClientPresence client) {
        if (places == members.length) {
            int capacity = places * 2;
            members = Arrays.copyOf(members, capacity);
            before = Arrays.copyOf(before, capacity);
            after = Arrays.copyOf(after, capacity);
            queued = Arrays.copyOf(queued, capacity);
        }
        members[places] = client;
        return places++;
    }

    /** The client heard from least recently, or null when none is queued. */
    ClientPresence oldest() {
        return memberAt(head);
    }

    /** The client queued right after {@code client}, or null when it is the last or not queued. */
    ClientPresence after(ClientPresence client) {
        int place = client.silencePlace;
        return queued[place] ? memberAt(after[place]) : null;
    }

    /** Puts {@code client} at the end, taking it from where it was if it was queued. */
    void moveToEnd(ClientPresence client) {
        int place = client.silencePlace;
        if (tail == place) {
            return;
        }
        remove(client);
        queued[place] = true;
        before[place] = tail;
        after[place] = NONE;
        if (tail == NONE) {
            head = place;
        } else {
            after[tail] = place;
        }
        tail = place;
    }

    /** Takes {@code client} out; does nothing when it is not queued. */
    void remove(ClientPresence client) {
        int place = client.silencePlace;
        if (!queued[place]) {
            return;
        }
        if (before[place] == NONE) {
            head = after[place];
        } else {
            after[before[place]] = after[place];
        }
        if (after[place] == NONE) {
            tail = before[place];
        } else {
            before[after[place]] = before[place];
        }
        queued[place] = false;
    }

    private ClientPresence memberAt(int place) {
        return place == NONE ? null : members[place];
    }
}
