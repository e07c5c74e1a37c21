package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metrics;
import io.heartbeatmonitor.core.presence.MonitorListener;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import java.util.concurrent.locks.LockSupport;

/**
 * Measures how long a heartbeat takes from being written to the server until the tracker has
 * applied it and reported its state change. A probe client alternates between healthy and
 * degraded so that every probe changes its state; its {@code messages_sent} carries the probe's
 * sequence number, which ties the arrival back to the send time. Each probe has a client id of
 * its own, so that several can listen to one monitor.
 */
final class LatencyProbe implements MonitorListener {

    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();

    private final ClientKey client;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray latency;

    LatencyProbe(String clientId, int probes) {
        this.client = new ClientKey(IngestBench.TENANT, clientId);
        this.sentAt = new AtomicLongArray(probes);
        this.latency = new AtomicLongArray(probes);
    }

    /** How many probes {@link #send} sends. */
    int count() {
        return sentAt.length();
    }

    /** Sends every probe through {@code publisher}, one each {@code spacingNanos}. */
    void send(LightPublisher publisher, long spacingNanos) throws IOException {
        for (int i = 0; i < sentAt.length(); i++) {
            ClientStatus status = i % 2 == 0 ? ClientStatus.DEGRADED : ClientStatus.HEALTHY;
            byte[] payload = ENCODER.encode(new Heartbeat(client, Instant.now(), "1.0.0", status,
                    new Metrics(i, 0, 0, i), null));
            byte[] frame = LightPublisher.frame(HeartbeatSubject.of(client), payload);
            int sequence = i;
            publisher.publishNow(frame, () -> sentAt.set(sequence, System.nanoTime()));
            LockSupport.parkNanos(spacingNanos);
        }
    }

    @Override
    public void onHeartbeat(Heartbeat heartbeat, byte[] payload, Instant receivedAt) {
        if (heartbeat.key().equals(client)) {
            int sequence = (int) heartbeat.metrics().messagesSent();
            if (sequence < latency.length()) {
                latency.set(sequence, System.nanoTime() - sentAt.get(sequence));
            }
        }
    }

    /** The latencies seen, in microseconds, sorted; probes that never arrived are left out. */
    double[] sortedMicros() {
        return IntStream.range(0, latency.length())
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
