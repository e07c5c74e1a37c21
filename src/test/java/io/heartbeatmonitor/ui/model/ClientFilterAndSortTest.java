package io.heartbeatmonitor.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.SampleClients;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientFilterAndSortTest {

    private final List<ClientItem> items = SampleClients.items(List.of(
            SampleClients.snapshot("gw-1", "Gateway North", PresenceState.HEALTHY, "api_gateway", "1.0.0",
                    List.of("route")),
            SampleClients.snapshot("gw-2", "Gateway South", PresenceState.DEGRADED, "api_gateway", "1.1.0",
                    List.of("route", "authenticate")),
            SampleClients.snapshot("db-1", "Archive", PresenceState.OFFLINE, "storage", "1.0.0", List.of("store")),
            SampleClients.snapshot("db-2", "Backup", PresenceState.UNHEALTHY, "storage", "2.0.0", List.of("store")),
            SampleClients.snapshot("new-1", "Newcomer", PresenceState.UNKNOWN, "worker", null, List.of()),
            SampleClients.snapshot("late-1", "Sleepy", PresenceState.LATE, "worker", "1.0.0", List.of("work"))));

    @Test
    void searchWordsMatchNameOrIdInAnyCase() {
        assertEquals(List.of("gw-1", "gw-2"), ids(ClientFilter.NONE.withText("GATEWAY")));
        assertEquals(List.of("gw-2"), ids(ClientFilter.NONE.withText("south gw")));
        assertEquals(List.of("db-1"), ids(ClientFilter.NONE.withText("db-1")));
    }

    @Test
    void stateTypeCapabilityAndVersionFiltersCombine() {
        assertEquals(List.of("db-1", "late-1"),
                ids(ClientFilter.NONE.withStates(Set.of(PresenceState.OFFLINE, PresenceState.LATE))));
        assertEquals(List.of("db-1", "db-2"), ids(ClientFilter.NONE.withType("storage")));
        assertEquals(List.of("gw-2"), ids(ClientFilter.NONE.withCapability("authenticate")));
        assertEquals(List.of("db-1"), ids(ClientFilter.NONE.withType("storage").withVersion("1.0.0")));
    }

    @Test
    void problemsComeFirstWorstFirst() {
        List<String> order = items.stream().sorted(ClientSort.PROBLEMS_FIRST.comparator())
                .map(item -> item.key().client()).toList();

        assertEquals(List.of("db-2", "db-1", "late-1", "gw-2", "new-1", "gw-1"), order);
    }

    @Test
    void longestSilentFirstPutsTheNeverSeenAhead() {
        List<String> order = items.stream().sorted(ClientSort.LAST_SEEN.comparator())
                .map(item -> item.key().client()).toList();

        assertEquals("new-1", order.get(0));
    }

    @Test
    void nameOrderIgnoresCase() {
        List<String> order = items.stream().sorted(ClientSort.NAME.comparator()).map(ClientItem::name).toList();

        assertEquals(List.of("Archive", "Backup", "Gateway North", "Gateway South", "Newcomer", "Sleepy"), order);
    }

    private List<String> ids(ClientFilter filter) {
        return items.stream().filter(filter).map(item -> item.key().client()).sorted().toList();
    }
}
