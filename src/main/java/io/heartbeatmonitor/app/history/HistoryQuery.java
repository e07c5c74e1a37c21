package io.heartbeatmonitor.app.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.history.query.ClientFilter;
import io.heartbeatmonitor.history.query.TimeRange;
import java.time.Instant;

/**
 * What the user asked {@code history} for.
 *
 * @param range the range of time
 * @param rangeGiven whether the user chose the range, rather than taking the default 24 hours
 * @param now the time the command runs at
 * @param limit the most rejected heartbeats to show
 */
public record HistoryQuery(ClientFilter filter, TimeRange range, boolean rangeGiven, Instant now,
        int limit) {

    /** The one client asked for, for views that need exactly one. */
    ClientKey client() {
        if (filter.tenant() == null || filter.client() == null) {
            throw new IllegalArgumentException("needs one client: give --tenant and --client");
        }
        return new ClientKey(filter.tenant(), filter.client());
    }
}
