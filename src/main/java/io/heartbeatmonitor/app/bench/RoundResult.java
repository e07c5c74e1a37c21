package io.heartbeatmonitor.app.bench;

/**
 * What one round of the ingest benchmark measured.
 *
 * @param name what the round is for
 * @param offeredPerSecond the publisher's target rate; 0 for as fast as it could
 * @param seconds how long the subscribers took to take in the round, from first message to drained
 * @param withBare whether the counting subscriber took part; when not, its figures are zero
 * @param published messages the publisher wrote
 * @param bareReceived messages the counting subscriber received
 * @param bareDropped messages jnats dropped for the counting subscriber
 * @param monitorProcessed messages the monitor parsed and applied (accepted or rejected)
 * @param monitorDropped messages jnats dropped for the monitor
 * @param bareCpuNanos CPU time of the counting subscriber's threads in the round
 * @param monitorCpuNanos CPU time of the monitor's threads (jnats, ticker, history writer)
 * @param historyEvents events the history recorder queued for writing
 * @param historyDropped events the history recorder dropped because its queue was full
 */
record RoundResult(
        String name,
        long offeredPerSecond,
        double seconds,
        boolean withBare,
        long published,
        long bareReceived,
        long bareDropped,
        long monitorProcessed,
        long monitorDropped,
        long bareCpuNanos,
        long monitorCpuNanos,
        long historyEvents,
        long historyDropped) {

    /** Messages the monitor never saw: published, but neither processed nor dropped by jnats. */
    long monitorLost() {
        return Math.max(0, published - monitorProcessed - monitorDropped);
    }

    /** Messages the counting subscriber never saw. */
    long bareLost() {
        return withBare ? Math.max(0, published - bareReceived - bareDropped) : 0;
    }

    double publishedPerSecond() {
        return published / seconds;
    }

    double barePerSecond() {
        return bareReceived / seconds;
    }

    double monitorPerSecond() {
        return monitorProcessed / seconds;
    }

    /** The monitor's throughput as a share of the counting subscriber's in the same round. */
    double ratio() {
        return bareReceived == 0 ? 0 : (double) monitorProcessed / bareReceived;
    }

    double bareCpuMicrosPerMessage() {
        return bareReceived == 0 ? 0 : bareCpuNanos / 1000.0 / bareReceived;
    }

    double monitorCpuMicrosPerMessage() {
        return monitorProcessed == 0 ? 0 : monitorCpuNanos / 1000.0 / monitorProcessed;
    }
}
