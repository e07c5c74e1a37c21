package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.NatsOptions;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.heartbeatmonitor.nats.PendingLimits;
import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * The reference: a jnats subscriber that only counts, with the same pending limits as the
 * monitor, so that the monitor's cost shows as the difference between the two. Its jnats
 * threads are named {@code bench-bare:N}.
 */
final class BareSubscriber implements AutoCloseable {

    static final String THREAD_PREFIX = "bench-bare";

    private final Connection connection;
    private final Dispatcher dispatcher;
    private final String subject;
    private volatile boolean subscribed;
    private final LongAdder received = new LongAdder();

    BareSubscriber(String url, String subject) throws NatsSetupException, InterruptedException {
        ConnectionProfile profile = ConnectionProfile.plain(url);
        connection = NatsConnections.connect(profile, NatsOptions.forProfile(profile, THREAD_PREFIX).build());
        dispatcher = connection.createDispatcher(message -> received.increment());
        PendingLimits limits = PendingLimits.DEFAULT;
        dispatcher.setPendingLimits(limits.messages(), limits.bytes());
        dispatcher.subscribe(subject);
        this.subject = subject;
        confirm("subscription");
        subscribed = true;
    }

    /** Unsubscribes, so that the server no longer delivers to it; the counters stay. */
    void leave() throws NatsSetupException, InterruptedException {
        dispatcher.unsubscribe(subject);
        confirm("unsubscription");
        subscribed = false;
    }

    boolean subscribed() {
        return subscribed;
    }

    private void confirm(String what) throws NatsSetupException, InterruptedException {
        try {
            connection.flush(Duration.ofSeconds(5));
        } catch (TimeoutException e) {
            throw new NatsSetupException("The bench server did not confirm the " + what, e);
        }
    }

    long received() {
        return received.sum();
    }

    long pending() {
        return dispatcher.getPendingMessageCount();
    }

    long dropped() {
        return dispatcher.getDroppedCount();
    }

    @Override
    public void close() throws InterruptedException {
        connection.close();
    }
}
