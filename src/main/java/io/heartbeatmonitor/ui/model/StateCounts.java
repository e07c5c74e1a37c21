package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.presence.PresenceState;
import java.util.Arrays;

/** How many clients are in each state; immutable. */
public final class StateCounts {

    /** No clients. */
    public static final StateCounts NONE = new StateCounts(new int[PresenceState.values().length]);

    private final int[] counts;

    private StateCounts(int[] counts) {
        this.counts = counts;
    }

    /** A copy of counts indexed by state ordinal. */
    static StateCounts of(int[] perState) {
        return new StateCounts(perState.clone());
    }

    public int count(PresenceState state) {
        return counts[state.ordinal()];
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StateCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (PresenceState state : PresenceState.values()) {
            text.append(state.wireName()).append('=').append(count(state)).append(' ');
        }
        return text.toString().strip();
    }
}
