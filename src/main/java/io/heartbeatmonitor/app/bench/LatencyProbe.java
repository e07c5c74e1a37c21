package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.MonitorListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * Measures how long a heartbeat takes from being written to the server until the tracker has
 * applied it and reported its state change. A probe client alternates between healthy and
 * degraded so that every probe changes its state; its {@code messages_sent} carries the probe's
 * sequence number, which ties the arrival back to the send time.
 *
 * <p>The probe client is one member of the fleet from the first round to the last, and only the
 * probes sent within a chosen window are reported. The flood repeats the same healthy heartbeat
 * of each client; a probe client that first appeared in the measured round would be a new
 * client with a new session and state changes, paths the compiler had shaped to a fleet where
 * none of that happens, and the round would measure the compiler catching up.
 */
final class LatencyProbe implements MonitorListener {

    private static final ClientKey PROBE = new ClientKey(IngestBench.TENANT, "latency-probe");
    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();

    private final AtomicLongArray sentAt;
    private final AtomicLongArray latency;
    private volatile boolean stopped;
    private Thread sender;

    /** @param capacity the most probes it sends; sending ends there */
    LatencyProbe(int capacity) {
        this.sentAt = new AtomicLongArray(capacity);
        this.latency = new AtomicLongArray(capacity);
    }

    /**
     * Starts sending a probe through {@code publisher} every {@code spacingNanos} while it
     * floods, until {@link #stop}; between rounds it is quiet, so that a round's end can be
     * told by the counters standing still.
     */
    void start(LightPublisher publisher, long spacingNanos) {
        sender = new Thread(() -> send(publisher, spacingNanos), "bench-latency-probe");
        sender.setDaemon(true);
        sender.start();
    }

    void stop() throws InterruptedException {
        stopped = true;
        if (sender != null) {
            sender.join();
        }
    }

    private void send(LightPublisher publisher, long spacingNanos) {
        int i = 0;
        while (i < sentAt.length() && !stopped) {
            LockSupport.parkNanos(spacingNanos);
            if (!publisher.isFlooding()) {
                continue;
            }
            ClientStatus status = i % 2 == 0 ? ClientStatus.DEGRADED : ClientStatus.HEALTHY;
            byte[] payload = ENCODER.encode(new Heartbeat(PROBE, Instant.now(), "1.0.0", status,
                    new Metrics(i, 0, 0, i), null));
            byte[] frame = LightPublisher.frame(HeartbeatSubject.of(PROBE), payload);
            int sequence = i;
            try {
                publisher.publishNow(frame, () -> sentAt.set(sequence, System.nanoTime()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            i++;
        }
    }

    @Override
    public void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
        if (heartbeat.key().equals(PROBE)) {
            int sequence = (int) heartbeat.metrics().messagesSent();
            if (sequence < latency.length()) {
                latency.set(sequence, System.nanoTime() - sentAt.get(sequence));
            }
        }
    }

    /**
     * The latencies of the probes sent from {@code fromNanos} until {@code toNanos}
     * ({@link System#nanoTime()}), in microseconds, sorted; probes that never arrived are left out.
     */
    double[] sortedMicros(long fromNanos, long toNanos) {
        return IntStream.range(0, latency.length())
                .filter(i -> sentAt.get(i) != 0 && sentAt.get(i) - fromNanos >= 0 && sentAt.get(i) - toNanos < 0)
                .mapToLong(latency::get)
                .filter(nanos -> nanos > 0)
                .mapToDouble(nanos -> nanos / 1000.0)
                .sorted()
                .toArray();
    }

    static double percentile(double[] sorted, double fraction) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
        return sorted[Math.max(0, index)];
    }
}
