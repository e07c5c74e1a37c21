package io.heartbeatmonitor.app.simulate;

import io.nats.client.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fleet of simulated clients on one shared NATS connection, built on the heartbeat client
 * library, following a {@link FleetPlan}. Everything the fleet does happens on one scheduler
 * thread named {@code fleet-simulator}; the caller owns and closes the connection.
 */
public final class FleetSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSimulator.class);
    private static final Duration WORK_PERIOD = Duration.ofSeconds(1);

    private final FleetPlan plan;
    private final ScheduledExecutorService scheduler;
    private final List<SimulatedClient> clients = new ArrayList<>();

    public FleetSimulator(Connection connection, FleetPlan plan) {
        this.plan = plan;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "fleet-simulator");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("The fleet simulator failed", e));
            return thread;
        });
        for (int i = 0; i < plan.clients(); i++) {
            clients.add(new SimulatedClient(i, plan, connection, scheduler));
        }
    }

    /**
     * Starts every client, spread over the first second so they do not all publish at once, and
     * the traffic that moves their counters.
     */
    public void start() {
        long spreadNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, clients.size());
        for (int i = 0; i < clients.size(); i++) {
            scheduler.schedule(clients.get(i)::startLife, spreadNanos * i, TimeUnit.NANOSECONDS);
        }
        scheduler.scheduleAtFixedRate(this::work, WORK_PERIOD.toMillis(), WORK_PERIOD.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("Simulating {} clients of tenant {} with a {} s interval", plan.clients(), plan.tenant(),
                plan.interval().toMillis() / 1000.0);
    }

    public FleetPlan plan() {
        return plan;
    }

    /** Lets every running client leave gracefully, then stops the scheduler. */
    @Override
    public void close() throws InterruptedException {
        try {
            scheduler.submit(() -> clients.forEach(SimulatedClient::stop)).get();
        } catch (ExecutionException e) {
            LOG.warn("Not every simulated client left gracefully", e.getCause());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("The simulator was already stopped", e);
        }
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void work() {
        clients.forEach(SimulatedClient::work);
    }
}
