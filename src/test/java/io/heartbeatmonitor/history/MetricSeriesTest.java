package io.heartbeatmonitor.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.FakeClock;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.history.query.MetricPoint;
import io.heartbeatmonitor.history.query.MetricSeries;
import io.heartbeatmonitor.history.query.TimeRange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric samples: increments per minute and hour, restarts and gaps that never make spikes. */
class MetricSeriesTest {

    private static final Instant MINUTE_START = Instant.parse("2026-03-04T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void eachMinuteHoldsWhatTheClientDidInIt() throws Exception {
        try (Recording recording = recording()) {
            long sent = 1_000;
            for (int i = 0; i < 8; i++) {
                Metrics metrics = new Metrics(sent, 2 * sent, i / 4, 600 + 30 * i);
                recording.heartbeat("worker", ClientStatus.HEALTHY, metrics, null);
                sent += 10;
                recording.advanceSeconds(30);
            }

            List<MetricPoint> points = minutes(recording);

            assertEquals(4, points.size());
            assertEquals(List.of(10L, 20L, 20L, 20L), points.stream().map(MetricPoint::sent).toList());
            assertEquals(List.of(20L, 40L, 40L, 40L),
                    points.stream().map(MetricPoint::received).toList());
            assertEquals(List.of(0L, 0L, 1L, 0L), points.stream().map(MetricPoint::errors).toList());
            assertEquals(List.of(630L, 690L, 750L, 810L),
                    points.stream().map(MetricPoint::uptimeSeconds).toList());
            assertEquals(2, points.get(3).heartbeats());
            assertEquals(MINUTE_START.plusSeconds(180), points.get(3).start());
            assertEquals(20.0, points.get(3).sentPerMinute());
        }
    }

    @Test
    void finishedMinutesAreWrittenWithoutAFlush() throws Exception {
        try (Recording recording = recording()) {
            recording.heartbeat("worker", 1_000, 600);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 1_010, 630);
            recording.advanceSeconds(40);
            // The next minute has begun: its first heartbeat ends the first minute's sample,
            // which the writer writes on its own, with nobody asking for it.
            recording.heartbeat("worker", 1_030, 670);

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            List<MetricPoint> written = List.of();
            while (written.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                try (HistoryReader reader = recording.reader()) {
                    written = reader.metrics(Recording.key("worker"),
                            new TimeRange(MINUTE_START, MINUTE_START.plusSeconds(60))).points();
                }
            }

            assertEquals(1, written.size());
            assertEquals(10L, written.get(0).sent());
        }
    }

    @Test
    void aRestartCountsFromZeroInsteadOfGoingNegative() throws Exception {
        try (Recording recording = recording()) {
            recording.heartbeat("worker", 5_000, 86_400);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 5_010, 86_430);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 7, 20);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 12, 50);

            List<MetricPoint> points = minutes(recording);

            assertEquals(List.of(10L, 12L), points.stream().map(MetricPoint::sent).toList());
            assertEquals(List.of(0, 1), points.stream().map(MetricPoint::restarts).toList());
            assertTrue(points.stream()
                    .allMatch(p -> p.sent() >= 0 && p.received() >= 0 && p.errors() >= 0));
        }
    }

    @Test
    void countersAcrossAMonitoringGapAreNotPutIntoOneMinute() throws Exception {
        try (Recording recording = recording()) {
            recording.heartbeat("worker", 100, 1_000);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 110, 1_030);
            recording.tracker.connectionChanged(ConnectionState.DISCONNECTED);
            recording.advanceSeconds(600);
            recording.tracker.connectionChanged(ConnectionState.RECONNECTED);
            recording.heartbeat("worker", 9_000, 1_630);
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 9_010, 1_660);

            List<MetricPoint> points = minutes(recording);

            assertEquals(List.of(10L, 0L, 10L), points.stream().map(MetricPoint::sent).toList());
        }
    }

    @Test
    void longerRangesAreDrawnPerHourWithTheMinutesAddedUp() throws Exception {
        try (Recording recording = recording()) {
            long sent = 0;
            for (int i = 0; i < 240; i++) {
                recording.heartbeat("worker", sent, 30 * i);
                sent += 5;
                recording.advanceSeconds(30);
            }
            recording.store.flush();

            try (HistoryReader reader = recording.reader()) {
                MetricSeries series = reader.metrics(Recording.key("worker"),
                        new TimeRange(MINUTE_START.minus(Duration.ofDays(3)), recording.clock.now()));

                assertEquals(Duration.ofHours(1), series.resolution());
                List<MetricPoint> hours = series.points();
                assertEquals(List.of(595L, 600L), hours.stream().map(MetricPoint::sent).toList());
                assertEquals(List.of(120L, 120L), hours.stream().map(MetricPoint::heartbeats).toList());
                assertEquals(10.0, series.points().get(1).sentPerMinute());
            }
        }
    }

    @Test
    void aMinuteWrittenInPartsAddsUp() throws Exception {
        try (Recording recording = recording()) {
            recording.heartbeat("worker", 0, 0);
            recording.advanceSeconds(20);
            recording.heartbeat("worker", 10, 20);
            recording.store.flush();
            recording.advanceSeconds(20);
            recording.heartbeat("worker", 25, 40);

            List<MetricPoint> points = minutes(recording);

            assertEquals(1, points.size());
            assertEquals(3, points.get(0).heartbeats());
            assertEquals(25, points.get(0).sent());
            assertEquals(40L, points.get(0).uptimeSeconds());
        }
    }

    @Test
    void aWrittenSampleUsedForAnotherClientStartsEmpty() throws Exception {
        try (Recording recording = recording()) {
            recording.heartbeat("busy", ClientStatus.HEALTHY, new Metrics(0, 0, 0, 100), null);
            recording.advanceSeconds(20);
            recording.heartbeat("busy", ClientStatus.HEALTHY, new Metrics(5_000, 9_000, 40, 120), null);
            recording.advanceSeconds(20);
            recording.heartbeat("busy", ClientStatus.HEALTHY, new Metrics(0, 0, 0, 1), null);
            // Written now, so the next client's first sample is the one just written.
            recording.store.flush();
            recording.advanceSeconds(30);
            recording.heartbeat("worker", 100, 1_000);
            recording.advanceSeconds(20);
            recording.heartbeat("worker", 107, 1_020);

            List<MetricPoint> points = minutes(recording);

            assertEquals(1, points.size());
            MetricPoint point = points.get(0);
            assertEquals(MINUTE_START.plusSeconds(60), point.start());
            assertEquals(2, point.heartbeats());
            assertEquals(7, point.sent());
            assertEquals(14, point.received());
            assertEquals(0, point.errors());
            assertEquals(0, point.restarts());
            assertEquals(1_020L, point.uptimeSeconds());
        }
    }

    private Recording recording() throws Exception {
        return new Recording(folder.resolve("history.db"), new FakeClock(MINUTE_START),
                HistorySettings.DEFAULTS);
    }

    private static List<MetricPoint> minutes(Recording recording) throws Exception {
        recording.store.flush();
        try (HistoryReader reader = recording.reader()) {
            MetricSeries series = reader.metrics(Recording.key("worker"),
                    new TimeRange(MINUTE_START, recording.clock.now().plusSeconds(60)));
            assertEquals(Duration.ofMinutes(1), series.resolution());
            return series.points();
        }
    }
}
