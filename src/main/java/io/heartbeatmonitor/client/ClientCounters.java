package io.heartbeatmonitor.client;

import io.heartbeatmonitor.core.Metrics;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counters a client reports in its heartbeats. The application counts into it from any
 * thread; each heartbeat reads the current values.
 */
public final class ClientCounters {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    public void messageSent() {
        sent.incrementAndGet();
    }

    public void messagesSent(long count) {
        sent.addAndGet(count);
    }

    public void messageReceived() {
        received.incrementAndGet();
    }

    public void messagesReceived(long count) {
        received.addAndGet(count);
    }

    public void error() {
        errors.incrementAndGet();
    }

    /** The counters as they stand, with the given uptime. */
    public Metrics read(long uptimeSeconds) {
        return new Metrics(sent.get(), received.get(), errors.get(), uptimeSeconds);
    }
}
