package io.heartbeatmonitor.core.presence;

import static io.heartbeatmonitor.core.presence.TrackerHarness.KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the tracker tells about one client besides its state. */
class PresenceTrackerSnapshotTest {

    private static final Metadata FULL = new Metadata("Importer", "data_processor", List.of("import"));

    private final TrackerHarness monitor = new TrackerHarness();

    @Test
    void snapshotShowsTheLastHeartbeatAsReceived() {
        monitor.receive(monitor.heartbeat().version("2.3.4").metrics(7, 8, 1, 60));
        monitor.secondsPass(30);

        monitor.receive(monitor.heartbeat().version("2.3.4").metrics(9, 8, 1, 90)
                .status(ClientStatus.DEGRADED));

        ClientSnapshot client = monitor.snapshot();
        assertEquals(monitor.clock.now(), client.lastSeen());
        assertEquals(ClientStatus.DEGRADED, client.reportedStatus());
        assertEquals("2.3.4", client.version());
        assertEquals(new Metrics(9, 8, 1, 90), client.metrics());
        assertEquals(2, client.heartbeats());
        assertEquals(1, monitor.tracker.size());
        assertEquals(2, monitor.tracker.acceptedCount());
    }

    @Nested
    class ReportedMetadata {

        @Test
        void metadataIsKeptWhenALaterHeartbeatOmitsIt() {
            monitor.receive(monitor.heartbeat().metadata(FULL));
            monitor.secondsPass(30);

            monitor.receive(monitor.heartbeat().metadata(null));

            assertEquals(FULL, monitor.snapshot().metadata());
            assertEquals("Importer", monitor.snapshot().displayName());
        }

        @Test
        void newerMetadataReplacesTheOlder() {
            Metadata renamed =
                    new Metadata("Importer (eu)", "data_processor", List.of("import", "export"));
            monitor.receive(monitor.heartbeat().metadata(FULL));

            monitor.receive(monitor.heartbeat().metadata(renamed));

            assertEquals(renamed, monitor.snapshot().metadata());
        }

        @Test
        void clientWithoutANameIsShownByItsId() {
            monitor.receive(monitor.heartbeat().metadata(new Metadata(" ", "x", List.of())));

            assertEquals("worker-7", monitor.snapshot().displayName());
        }

        @Test
        void metadataFromTheRosterStandsUntilTheClientSendsItsOwn() {
            monitor.tracker.addKnown(KEY, FULL);
            Metadata own = new Metadata("Own name", null, List.of());

            monitor.receive(monitor.heartbeat());
            Metadata afterHeartbeatWithout = monitor.snapshot().metadata();
            monitor.receive(monitor.heartbeat().metadata(own));

            assertEquals(FULL, afterHeartbeatWithout);
            assertEquals(own, monitor.snapshot().metadata());
        }
    }

    @Nested
    class ClockSkew {

        @Test
        void skewIsThePayloadTimestampMinusTheReceiveTime() {
            monitor.receive(monitor.heartbeat().timestamp(monitor.clock.now().plusMillis(2_500)));

            assertEquals(Duration.ofMillis(2_500), monitor.snapshot().clockSkew());
        }

        @Test
        void clientWhoseClockIsBehindHasNegativeSkew() {
            monitor.receive(monitor.heartbeat().timestamp(monitor.clock.now().minusMillis(1_250)));

            assertEquals(Duration.ofMillis(-1_250), monitor.snapshot().clockSkew());
        }

        @Test
        void skewFollowsTheLatestHeartbeat() {
            monitor.receive(monitor.heartbeat().timestamp(monitor.clock.now().plusSeconds(40)));
            monitor.secondsPass(30);

            monitor.receive(monitor.heartbeat());

            assertEquals(Duration.ZERO, monitor.snapshot().clockSkew());
        }
    }

    @Nested
    class KnownClients {

        @Test
        void clientKnownFromTheRosterIsUnknownUntilItsFirstHeartbeat() {
            monitor.tracker.addKnown(KEY, FULL);

            ClientSnapshot client = monitor.snapshot();
            assertEquals(PresenceState.UNKNOWN, client.state());
            assertEquals(FULL, client.metadata());
            assertNull(client.lastSeen());
            assertNull(client.reportedStatus());
            assertNull(client.clockSkew());
            assertNull(client.sessionStart());
            assertEquals(0, client.heartbeats());
        }

        @Test
        void unknownClientIsNeverDeclaredLateOrOffline() {
            monitor.tracker.addKnown(KEY, null);

            monitor.timePasses(Duration.ofHours(1));

            assertEquals(PresenceState.UNKNOWN, monitor.state());
            assertEquals(Metadata.EMPTY, monitor.snapshot().metadata());
        }

        @Test
        void addingAClientAlreadyTrackedChangesNothing() {
            monitor.receive(monitor.heartbeat().metadata(FULL));

            monitor.tracker.addKnown(KEY, new Metadata("Roster name", null, List.of()));

            assertEquals(PresenceState.HEALTHY, monitor.state());
            assertEquals(FULL, monitor.snapshot().metadata());
        }
    }

    @Nested
    class SettingsPerTenant {

        private static final PresenceSettings FAST =
                new PresenceSettings(Duration.ofSeconds(2), Duration.ofSeconds(1),
                        Duration.ofSeconds(6));
        private static final ClientKey FAST_CLIENT = new ClientKey("lab", "probe-1");

        private final List<String> lookups = new ArrayList<>();
        private final TrackerHarness perTenant = new TrackerHarness(tenant -> {
            lookups.add(tenant);
            return tenant.equals("lab") ? FAST : PresenceSettings.DEFAULTS;
        });

        @Test
        void eachTenantIsJudgedByItsOwnTimes() {
            perTenant.receive(perTenant.heartbeat(FAST_CLIENT));
            perTenant.receive(perTenant.heartbeat(KEY));

            perTenant.timePasses(Duration.ofMillis(3_001));
            PresenceState fastAfterThreeSeconds = perTenant.state(FAST_CLIENT);
            perTenant.secondsPass(3);

            assertEquals(PresenceState.LATE, fastAfterThreeSeconds);
            assertEquals(PresenceState.OFFLINE, perTenant.state(FAST_CLIENT));
            assertEquals(PresenceState.HEALTHY, perTenant.state(KEY));
        }

        @Test
        void settingsAreLookedUpOncePerClient() {
            perTenant.receive(perTenant.heartbeat(FAST_CLIENT));
            perTenant.receive(perTenant.heartbeat(FAST_CLIENT));
            perTenant.receive(perTenant.heartbeat(new ClientKey("lab", "probe-2")));

            perTenant.secondsPass(10);

            assertEquals(List.of("lab", "lab"), lookups);
        }
    }

    @Test
    void snapshotOfAClientNeverHeardOfIsEmpty() {
        assertTrue(monitor.tracker.snapshot(new ClientKey("nobody", "none")).isEmpty());
    }

    @Test
    void clientsOfOneTenantShareOneStringOfItsId() {
        // As they come from subjects: each key with a tenant String of its own.
        ClientKey first = new ClientKey(new String("acme"), "worker-1");
        ClientKey second = new ClientKey(new String("acme"), "worker-2");
        monitor.receive(monitor.heartbeat(first));
        monitor.receive(monitor.heartbeat(second));

        String tenant = monitor.snapshot(first).key().tenant();
        assertSame(tenant, monitor.snapshot(second).key().tenant());
        assertEquals(first, monitor.snapshot(first).key());
        assertEquals(second, monitor.snapshot(second).key());
    }
}
