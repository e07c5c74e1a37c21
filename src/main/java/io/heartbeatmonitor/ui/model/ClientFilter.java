package io.heartbeatmonitor.ui.model;

import io.heartbeatmonitor.core.presence.PresenceState;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which clients the grid shows: search words matched against name and id, and optionally one
 * set of states, one type, one capability and one version. An empty part matches every client.
 *
 * @param text search words; each must appear in the client's name, id or tenant
 * @param states the states to show; empty for all
 * @param type the type to show, or null for all
 * @param capability a capability the client must have, or null
 * @param version the version to show, or null for all
 */
public record ClientFilter(String text, Set<PresenceState> states, String type, String capability,
        String version) implements Predicate<ClientItem> {

    /** Shows every client. */
    public static final ClientFilter NONE = new ClientFilter("", Set.of(), null, null, null);

    public ClientFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    }

    @Override
    public boolean test(ClientItem item) {
        if (!states.isEmpty() && !states.contains(item.state())) {
            return false;
        }
        if (type != null && !type.equals(item.type())) {
            return false;
        }
        if (capability != null && !item.snapshot().metadata().capabilities().contains(capability)) {
            return false;
        }
        if (version != null && !version.equals(item.snapshot().version())) {
            return false;
        }
        return matchesText(item.searchText());
    }

    /** Whether it shows every client. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public ClientFilter withText(String value) {
        return new ClientFilter(value, states, type, capability, version);
    }

    public ClientFilter withStates(Set<PresenceState> value) {
        return new ClientFilter(text, value, type, capability, version);
    }

    public ClientFilter withType(String value) {
        return new ClientFilter(text, states, value, capability, version);
    }

    public ClientFilter withCapability(String value) {
        return new ClientFilter(text, states, type, value, version);
    }

    public ClientFilter withVersion(String value) {
        return new ClientFilter(text, states, type, capability, value);
    }

    private boolean matchesText(String haystack) {
        if (text.isEmpty()) {
            return true;
        }
        for (String word : text.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
