package io.heartbeatmonitor.app.simulate;

import io.heartbeatmonitor.client.HeartbeatClient;
import io.heartbeatmonitor.client.HeartbeatSchedule;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import io.nats.client.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client of a simulated fleet: a {@link HeartbeatClient} plus the one thing that will happen
 * to it. All its methods run on the fleet's single scheduler thread.
 */
final class SimulatedClient {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedClient.class);
    private static final HeartbeatEncoder ENCODER = new HeartbeatEncoder();

    /** What happens to the client once per life. */
    enum Fate { STAYS, CRASHES, LEAVES, RESTARTS }

    /** How its reported health changes once per life. */
    enum Health { STEADY, DEGRADES, FAILS }

    private final ClientKey key;
    private final Metadata metadata;
    private final String version;
    private final Fate fate;
    private final Health health;
    private final boolean sendsBadPayloads;
    private final Clock clock;
    private final FleetPlan plan;
    private final Connection connection;
    private final ScheduledExecutorService scheduler;
    private final Random random;

    private volatile ClientStatus status = ClientStatus.HEALTHY;
    private HeartbeatClient current;
    private boolean stopped;

    SimulatedClient(int index, FleetPlan plan, Connection connection, ScheduledExecutorService scheduler) {
        this.plan = plan;
        this.connection = connection;
        this.scheduler = scheduler;
        this.random = new Random(plan.seed() * 31 + index);
        this.key = new ClientKey(plan.tenant(), plan.idPrefix() + String.format("%03d", index + 1));
        this.metadata = ClientProfiles.metadataFor(index, random);
        this.version = ClientProfiles.versionFor(random);
        this.fate = draw(new double[] {plan.crash(), plan.leave(), plan.restart()}, Fate.values());
        this.health = draw(new double[] {plan.degraded(), plan.unhealthy()}, Health.values());
        this.sendsBadPayloads = random.nextDouble() < plan.bad();
        this.clock = random.nextDouble() < plan.skewed()
                ? Clock.offset(Clock.systemUTC(),
                        Duration.ofSeconds((random.nextBoolean() ? 1 : -1) * (60 + random.nextInt(240))))
                : Clock.systemUTC();
    }

    ClientKey key() {
        return key;
    }

    /** Starts a new life: a fresh process with counters at zero. */
    void startLife() {
        if (stopped) {
            return;
        }
        status = ClientStatus.HEALTHY;
        current = HeartbeatClient.builder(key)
                .connection(connection)
                .scheduler(scheduler)
                .schedule(HeartbeatSchedule.forInterval(plan.interval()))
                .metadata(metadata)
                .version(version)
                .clock(clock)
                .status(() -> status)
                .build();
        try {
            current.start();
        } catch (Exception e) {
            LOG.warn("Simulated client {} could not start: {}", key, e.getMessage());
            return;
        }
        scheduleAtRandom(this::meetFate, fate != Fate.STAYS);
        scheduleAtRandom(this::changeHealth, health != Health.STEADY);
        if (sendsBadPayloads) {
            scheduleAtRandom(this::sendBadPayload, true);
        }
    }

    /** Adds some traffic to the counters, as a working client would. */
    void work() {
        HeartbeatClient running = current;
        if (running == null || stopped) {
            return;
        }
        running.counters().messagesSent(random.nextInt(40));
        running.counters().messagesReceived(random.nextInt(60));
        int errorChance = switch (status) {
            case UNHEALTHY -> 2;
            case DEGRADED -> 8;
            default -> 200;
        };
        if (random.nextInt(errorChance) == 0) {
            running.counters().error();
        }
    }

    /** Leaves gracefully, for the end of the simulation. */
    void stop() {
        stopped = true;
        if (current != null) {
            close(current, true);
        }
    }

    private void meetFate() {
        if (stopped) {
            return;
        }
        switch (fate) {
            case CRASHES -> endLife(false);
            case LEAVES -> endLife(true);
            case RESTARTS -> {
                close(current, false);
                scheduler.schedule(this::startLife, plan.interval().toMillis() / 5, TimeUnit.MILLISECONDS);
            }
            case STAYS -> {
            }
        }
    }

    private void endLife(boolean graceful) {
        close(current, graceful);
        current = null;
        if (plan.comeBackAfter() != null) {
            scheduler.schedule(this::startLife, plan.comeBackAfter().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void changeHealth() {
        if (stopped || current == null) {
            return;
        }
        status = health == Health.FAILS ? ClientStatus.UNHEALTHY : ClientStatus.DEGRADED;
        current.sendNow();
        long recoverAfter = plan.interval().toMillis() * (2 + random.nextInt(3));
        scheduler.schedule(() -> status = ClientStatus.HEALTHY, recoverAfter, TimeUnit.MILLISECONDS);
    }

    private void sendBadPayload() {
        if (stopped || current == null) {
            return;
        }
        Heartbeat valid = new Heartbeat(key, clock.instant(), version, status, Metrics.ZERO, null);
        connection.publish(HeartbeatSubject.of(key), BadPayloads.spoil(ENCODER.encode(valid), random));
        scheduler.schedule(this::sendBadPayload, plan.interval().toMillis() * (2 + random.nextInt(4)),
                TimeUnit.MILLISECONDS);
    }

    private void scheduleAtRandom(Runnable action, boolean wanted) {
        if (wanted) {
            long delay = plan.interval().toMillis() * 2 + (long) (random.nextDouble() * plan.interval().toMillis() * 4);
            scheduler.schedule(action, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void close(HeartbeatClient client, boolean graceful) {
        try {
            if (graceful) {
                client.close();
            } else {
                client.abandon();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T extends Enum<T>> T draw(double[] shares, T[] outcomes) {
        double roll = random.nextDouble();
        double bound = 0;
        for (int i = 0; i < shares.length; i++) {
            bound += shares[i];
            if (roll < bound) {
                return outcomes[i + 1];
            }
        }
        return outcomes[0];
    }
}
