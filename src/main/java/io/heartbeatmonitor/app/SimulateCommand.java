package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.cli.ConnectionOptions;
import io.heartbeatmonitor.app.cli.DurationConverter;
import io.heartbeatmonitor.app.cli.ShutdownSignal;
import io.heartbeatmonitor.app.cli.UserError;
import io.heartbeatmonitor.app.simulate.FleetPlan;
import io.heartbeatmonitor.app.simulate.FleetSimulator;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.nats.NatsConnections;
import io.heartbeatmonitor.nats.NatsSetupException;
import io.nats.client.Connection;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code simulate}: a fleet of heartbeat clients, for demos and tests. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs a fleet of simulated clients that send heartbeats to a NATS server until Ctrl-C "
                + "or --duration, then leave gracefully. The shares say which part of the fleet does what, once, "
                + "two to six intervals after starting.")
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--tenant", paramLabel = "TENANT", defaultValue = "demo",
            description = "Tenant id (default: ${DEFAULT-VALUE}).")
    String tenant;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "10",
            description = "How many clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--id-prefix", paramLabel = "TEXT", defaultValue = "client-",
            description = "Client ids are this and a number (default: ${DEFAULT-VALUE}).")
    String idPrefix;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Required interval; clients send every 5/6 to 14/15 of it (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--degraded", paramLabel = "SHARE", defaultValue = "0",
            description = "Share that degrades for a while.")
    double degraded;

    @Option(names = "--unhealthy", paramLabel = "SHARE", defaultValue = "0",
            description = "Share that turns unhealthy for a while.")
    double unhealthy;

    @Option(names = "--crash", paramLabel = "SHARE", defaultValue = "0",
            description = "Share that stops without 'disconnecting'.")
    double crash;

    @Option(names = "--leave", paramLabel = "SHARE", defaultValue = "0",
            description = "Share that leaves gracefully.")
    double leave;

    @Option(names = "--restart", paramLabel = "SHARE", defaultValue = "0",
            description = "Share that restarts (counters back to zero).")
    double restart;

    @Option(names = "--bad", paramLabel = "SHARE", defaultValue = "0",
            description = "Share that sometimes sends bad payloads.")
    double bad;

    @Option(names = "--skewed", paramLabel = "SHARE", defaultValue = "0",
            description = "Share whose clock is off by minutes.")
    double skewed;

    @Option(names = "--come-back-after", paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "Crashed and departed clients return after this long (default: never).")
    Duration comeBackAfter;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long (default: run until Ctrl-C).")
    Duration duration;

    @Option(names = "--seed", paramLabel = "NUMBER", defaultValue = "1",
            description = "Seed of the random choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        FleetPlan plan = plan();
        ShutdownSignal shutdown = ShutdownSignal.install();
        Connection nats;
        try {
            nats = NatsConnections.connect(connection.toProfile(), "heartbeat-simulator");
        } catch (NatsSetupException e) {
            throw new UserError(UserError.FAILURE, e.getMessage(), e);
        }
        try (FleetSimulator fleet = new FleetSimulator(nats, plan)) {
            fleet.start();
            if (duration == null) {
                shutdown.await();
            } else {
                shutdown.await(duration.toMillis());
            }
        } finally {
            nats.close();
        }
        return 0;
    }

    private FleetPlan plan() {
        if (!HeartbeatSubject.isValidToken(tenant) || !HeartbeatSubject.isValidToken(idPrefix + "1")) {
            throw UserError.usage("--tenant and --id-prefix must be valid subject tokens"
                    + " (no dots, wildcards or spaces)");
        }
        try {
            return new FleetPlan(tenant, clients, idPrefix, interval, degraded, unhealthy, crash, leave, restart, bad,
                    skewed, comeBackAfter, seed);
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
