package io.heartbeatmonitor.history.query;

import io.heartbeatmonitor.core.ClientKey;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The availability of one client in one range.
 *
 * @param monitored how much of the range the monitor watched this client's tenant, counted from
 *        the client's first heartbeat: the range minus the time no monitor ran for the tenant
 *        and the time the monitor had no NATS connection
 * @param present how much of the monitored time the client had an open session (healthy,
 *        degraded, unhealthy or late)
 */
public record ClientAvailability(ClientKey key, String name, TimeRange range, Duration monitored,
        Duration present) {

    /** Present time as a share of monitored time, 0 to 100; empty when nothing was monitored. */
    public OptionalDouble percent() {
        if (monitored.isZero()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(100.0 * present.toMillis() / monitored.toMillis());
    }
}
