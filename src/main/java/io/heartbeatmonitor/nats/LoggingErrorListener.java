package io.heartbeatmonitor.nats;

import io.nats.client.Connection;
import io.nats.client.Consumer;
import io.nats.client.ErrorListener;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends jnats' error callbacks to our log instead of java.util.logging, and warns about a slow
 * consumer at most every ten seconds, because during overload jnats calls it for every drop.
 */
final class LoggingErrorListener implements ErrorListener {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingErrorListener.class);
    private static final long SLOW_CONSUMER_LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final AtomicLong lastSlowConsumerLog = new AtomicLong(System.nanoTime() - SLOW_CONSUMER_LOG_INTERVAL_NANOS);

    @Override
    public void errorOccurred(Connection conn, String error) {
        LOG.error("NATS server reported: {}", error);
    }

    @Override
    public void exceptionOccurred(Connection conn, Exception exp) {
        LOG.debug("NATS connection problem: {}", exp.toString());
    }

    @Override
    public void slowConsumerDetected(Connection conn, Consumer consumer) {
        long now = System.nanoTime();
        long last = lastSlowConsumerLog.get();
        if (now - last >= SLOW_CONSUMER_LOG_INTERVAL_NANOS && lastSlowConsumerLog.compareAndSet(last, now)) {
            LOG.warn("Falling behind the message rate; {} messages dropped so far", consumer.getDroppedCount());
        }
    }
}
