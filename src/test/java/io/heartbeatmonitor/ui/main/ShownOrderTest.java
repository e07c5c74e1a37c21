package io.heartbeatmonitor.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.SampleClients;
import io.heartbeatmonitor.ui.model.ClientFilter;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.model.ClientSort;
import io.heartbeatmonitor.ui.model.FleetUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The list of shown clients and the counts per state are kept between hand-overs: only the
 * clients that moved are placed again and counted again. Whatever moves, the list must equal the
 * list filtered and sorted from scratch, and the counts the clients counted again.
 */
class ShownOrderTest {

    private static final PresenceState[] STATES = PresenceState.values();
    private static final String[] NAMES = {"Archive", "Backup", "Gateway", "Ingest", "Router"};

    private final MainViewModel model = new MainViewModel(Runnable::run);
    private final Random random = new Random(20261204);

    @AfterEach
    void shutDown() {
        model.shutdown().join();
    }

    @Test
    void clientsThatChangeStateFindTheirPlaceAmongProblems() {
        model.setSort(ClientSort.PROBLEMS_FIRST);
        handOver(fleet(400));

        for (int round = 0; round < 60; round++) {
            handOver(changes(1 + random.nextInt(20)));

            assertEquals(fromScratch(), names(model.getShown()), "after round " + round);
            assertCountsMatchTheClients();
        }
    }

    @Test
    void aFilterKeepsOnlyMatchingClientsAsTheyMoveInAndOut() {
        model.setSort(ClientSort.NAME);
        model.setFilter(ClientFilter.NONE.withStates(Set.of(PresenceState.LATE, PresenceState.OFFLINE)));
        handOver(fleet(300));

        for (int round = 0; round < 60; round++) {
            handOver(changes(1 + random.nextInt(15)));

            assertEquals(fromScratch(), names(model.getShown()), "after round " + round);
        }
    }

    @Test
    void newClientsArePlacedAsTheyCome() {
        model.setSort(ClientSort.STATE);
        handOver(fleet(100));

        List<ClientSnapshot> newcomers = new ArrayList<>();
        for (int i = 100; i < 110; i++) {
            newcomers.add(client(i));
        }
        handOver(newcomers);

        assertEquals(110, model.getShown().size());
        assertEquals(fromScratch(), names(model.getShown()));
    }

    /** The counts are kept as clients change; they must equal the clients counted again. */
    private void assertCountsMatchTheClients() {
        for (PresenceState state : STATES) {
            long counted = model.fleet().items().stream().filter(item -> item.state() == state).count();
            assertEquals(counted, model.fleet().getCounts().count(state), state.wireName());
        }
    }

    private List<ClientSnapshot> fleet(int size) {
        List<ClientSnapshot> all = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            all.add(client(i));
        }
        return all;
    }

    private List<ClientSnapshot> changes(int count) {
        List<ClientSnapshot> changed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changed.add(client(random.nextInt(model.fleet().items().size())));
        }
        return changed;
    }

    /** Client {@code number} in a random state, under one of a few shared names. */
    private ClientSnapshot client(int number) {
        return SampleClients.snapshot(String.format("client-%04d", number),
                NAMES[number % NAMES.length], STATES[random.nextInt(STATES.length)], "worker",
                "1.0.0", List.of("work"));
    }

    private void handOver(List<ClientSnapshot> changed) {
        model.fleet().apply(new FleetUpdate(changed, 0, 0, null, null, 0));
    }

    private List<String> fromScratch() {
        return names(model.fleet().items().stream().filter(model.getFilter())
                .sorted(model.getSort().comparator()).toList());
    }

    private static List<String> names(List<ClientItem> items) {
        return items.stream().map(item -> item.name() + "/" + item.key().client()).toList();
    }
}
