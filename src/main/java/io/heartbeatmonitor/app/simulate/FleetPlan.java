package io.heartbeatmonitor.app.simulate;

import java.time.Duration;
import java.util.Objects;

/**
 * What a simulated fleet does. Each fraction is the share of clients that do that thing once,
 * at a random moment between two and six intervals after they start.
 *
 * @param tenant the tenant all clients belong to
 * @param clients how many clients
 * @param idPrefix client ids are this prefix and a number
 * @param interval the required heartbeat interval; clients send every 5/6 to 14/15 of it
 * @param degraded share of clients that report degraded for a while
 * @param unhealthy share of clients that report unhealthy for a while
 * @param crash share of clients that stop without a final heartbeat
 * @param leave share of clients that leave gracefully with {@code disconnecting}
 * @param restart share of clients that restart (counters and uptime start again from zero)
 * @param bad share of clients that now and then send a payload that breaks the protocol
 * @param skewed share of clients whose clock is off by a minute or more
 * @param comeBackAfter how long a crashed or departed client stays away; null for for ever
 * @param seed seed of the random choices, so a run can be repeated
 */
public record FleetPlan(
        String tenant,
        int clients,
        String idPrefix,
        Duration interval,
        double degraded,
        double unhealthy,
        double crash,
        double leave,
        double restart,
        double bad,
        double skewed,
        Duration comeBackAfter,
        long seed) {

    public FleetPlan {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(idPrefix, "idPrefix");
        Objects.requireNonNull(interval, "interval");
        if (clients < 0) {
            throw new IllegalArgumentException("clients must not be negative");
        }
        for (double share : new double[] {degraded, unhealthy, crash, leave, restart, bad, skewed}) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1, got " + share);
            }
        }
        if (crash + leave + restart > 1) {
            throw new IllegalArgumentException("crash, leave and restart together exceed the whole fleet");
        }
    }

    /** A steady fleet: everyone healthy, nobody leaves. */
    public static FleetPlan steady(String tenant, int clients, Duration interval) {
        return new FleetPlan(tenant, clients, "client-", interval, 0, 0, 0, 0, 0, 0, 0, null, 1);
    }

    /** The demo's fleet: every state shows up within a few intervals, and departed clients return. */
    public static FleetPlan demo(String tenant, int clients, Duration interval) {
        return new FleetPlan(tenant, clients, "client-", interval, 0.15, 0.08, 0.1, 0.1, 0.08, 0.06, 0.06,
                interval.multipliedBy(8), System.nanoTime());
    }
}
