package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.history.query.ClientAvailability;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.Gap;
import io.heartbeatmonitor.history.query.GapCause;
import io.heartbeatmonitor.history.query.StateChangeRecord;
import io.heartbeatmonitor.history.query.TimeRange;
import io.heartbeatmonitor.history.query.TimelineEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Availability is the share of monitored time in which a client was present; time in which no
 * monitor watched is a gap and counts neither for nor against the client.
 */
class AvailabilityTest {

    private static final ClientFilter ACME = ClientFilter.tenant(Recording.TENANT);

    @TempDir
    Path folder;

    @Test
    void anHourWithoutAMonitorIsAGapNotDowntime() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            sendFor(recording, "worker", Duration.ofHours(1));
            recording.stop();
            recording.advance(Duration.ofHours(1));
            recording.start();
            sendFor(recording, "worker", Duration.ofHours(1));
            recording.stop();
            TimeRange threeHours = new TimeRange(start, start.plus(Duration.ofHours(3)));

            try (HistoryReader reader = recording.reader()) {
                ClientAvailability worker = reader.availability(ACME, threeHours).get(0);
                List<Gap> gaps = reader.gaps(Recording.TENANT, threeHours);

                assertEquals(Duration.ofHours(2), worker.monitored());
                assertEquals(Duration.ofHours(2), worker.present());
                assertEquals(100.0, worker.percent().orElseThrow());
                assertEquals(List.of(new Gap(start.plus(Duration.ofHours(1)),
                        start.plus(Duration.ofHours(2)), GapCause.NOT_RUNNING)), gaps);
            }
        }
    }

    @Test
    void timeWithoutANatsConnectionIsAGapNotDowntime() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            sendFor(recording, "worker", Duration.ofMinutes(30));
            recording.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            recording.advance(Duration.ofMinutes(20));
            recording.tracker.connectionChanged(ConnectionState.RECONNECTED);
            sendFor(recording, "worker", Duration.ofMinutes(10));
            recording.stop();
            TimeRange hour = new TimeRange(start, start.plus(Duration.ofHours(1)));

            try (HistoryReader reader = recording.reader()) {
                ClientAvailability worker = reader.availability(ACME, hour).get(0);
                List<Gap> gaps = reader.gaps(Recording.TENANT, hour);

                assertEquals(Duration.ofMinutes(40), worker.monitored());
                assertEquals(100.0, worker.percent().orElseThrow());
                assertEquals(List.of(new Gap(start.plus(Duration.ofMinutes(30)),
                        start.plus(Duration.ofMinutes(50)), GapCause.DISCONNECTED)), gaps);
            }
        }
    }

    @Test
    void aClientAbsentPartOfTheMonitoredTimeHasThatShareMissing() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            sendFor(recording, "worker", Duration.ofMinutes(30));
            recording.heartbeat("worker", 60, 1800);
            for (int i = 0; i < 180; i++) {
                recording.advanceSeconds(10);
            }
            recording.stop();
            TimeRange hour = new TimeRange(start, start.plus(Duration.ofHours(1)));

            try (HistoryReader reader = recording.reader()) {
                ClientAvailability worker = reader.availability(ACME, hour).get(0);

                assertEquals(Duration.ofHours(1), worker.monitored());
                assertEquals(Duration.ofSeconds(1800 + 90), worker.present());
                assertEquals(52.5, worker.percent().orElseThrow(), 1e-9);
            }
        }
    }

    @Test
    void aClientCountsFromItsFirstHeartbeat() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            recording.advance(Duration.ofMinutes(30));
            sendFor(recording, "newcomer", Duration.ofMinutes(30));
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                TimeRange month = new TimeRange(start.minus(Duration.ofDays(30)),
                        start.plus(Duration.ofHours(1)));
                ClientAvailability newcomer = reader.availability(ACME, month).get(0);

                assertEquals(Duration.ofMinutes(30), newcomer.monitored());
                assertEquals(100.0, newcomer.percent().orElseThrow());
            }
        }
    }

    @Test
    void aRangeNobodyWatchedHasNoAvailabilityAtAll() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            sendFor(recording, "worker", Duration.ofMinutes(10));
            recording.stop();
            recording.advance(Duration.ofDays(2));

            try (HistoryReader reader = recording.reader()) {
                ClientAvailability worker = reader.availability(ACME,
                        TimeRange.last(Duration.ofHours(24), recording.clock.now())).get(0);

                assertTrue(worker.percent().isEmpty());
                assertEquals(Duration.ZERO, worker.monitored());
                assertTrue(start.isBefore(recording.clock.now()));
            }
        }
    }

    @Test
    void aRunForAnotherTenantDoesNotCountAsWatchingThisOne() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            sendFor(recording, "worker", Duration.ofMinutes(30));
            recording.stop();
            HistoryStore other = HistoryStore.open(recording.file, "beta", HistorySettings.DEFAULTS,
                    recording.clock);
            recording.clock.advance(Duration.ofMinutes(30));
            other.close();
            TimeRange hour = new TimeRange(start, start.plus(Duration.ofHours(1)));

            try (HistoryReader reader = recording.reader()) {
                assertEquals(Duration.ofMinutes(30), reader.availability(ACME, hour).get(0).monitored());
                assertEquals(List.of(new Gap(start.plus(Duration.ofMinutes(30)),
                        start.plus(Duration.ofHours(1)), GapCause.NOT_RUNNING)),
                        reader.gaps(Recording.TENANT, hour));
            }
        }
    }

    @Test
    void theTimelineShowsGapsBetweenStateChanges() throws Exception {
        try (Recording recording = new Recording(folder)) {
            Instant start = recording.clock.now();
            sendFor(recording, "worker", Duration.ofMinutes(5));
            recording.stop();
            recording.advance(Duration.ofMinutes(5));
            recording.start();
            sendFor(recording, "worker", Duration.ofMinutes(5));
            recording.stop();

            try (HistoryReader reader = recording.reader()) {
                List<TimelineEntry> timeline = reader.timeline(ACME,
                        new TimeRange(start.minusSeconds(60), start.plus(Duration.ofMinutes(15))));

                assertEquals(List.of("gap", "healthy", "gap", "healthy"), timeline.stream()
                        .map(e -> e instanceof StateChangeRecord c ? c.state().wireName() : "gap")
                        .toList());
                assertEquals(start.plus(Duration.ofMinutes(5)), timeline.get(2).at());
            }
        }
    }

    /** Healthy heartbeats every 30 s for {@code length}, starting now. */
    private static void sendFor(Recording recording, String client, Duration length) {
        long beats = length.toSeconds() / 30;
        for (long i = 0; i < beats; i++) {
            recording.heartbeat(client, i, i * 30);
            recording.advanceSeconds(30);
        }
    }
}
