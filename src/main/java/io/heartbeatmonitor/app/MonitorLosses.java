package io.heartbeatmonitor.app;

/**
 * What a running monitor failed to take in since it started: what an operator must be told,
 * because the picture or the history is then incomplete.
 *
 * @param heartbeatsDropped messages the subscription dropped because the monitor fell behind the
 *        message rate; presence may then look worse than it is
 * @param historyDropped events the history had no room for in its queue
 * @param historyLost events the history took but could not write (the database failed)
 * @param historyFailure the history's last write failure as one line, or null while writing works
 */
public record MonitorLosses(long heartbeatsDropped, long historyDropped, long historyLost,
        String historyFailure) {

    /** Nothing lost, as for a monitor that has not started. */
    public static final MonitorLosses NONE = new MonitorLosses(0, 0, 0, null);
}
