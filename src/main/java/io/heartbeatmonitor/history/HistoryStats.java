package io.heartbeatmonitor.history;

/**
 * How recording goes, for a status line or a benchmark.
 *
 * @param accepted events handed to the writer since the store opened
 * @param dropped events dropped because the writer's queue was full
 * @param queued events waiting for the writer now
 * @param lost events the writer took but could not write (the database failed)
 * @param failure the last write failure as one line, or null while writing works
 * @param rawSkipped raw payloads not kept because more arrived in a second than the history
 *        keeps raw; their heartbeats are recorded all the same
 */
public record HistoryStats(long accepted, long dropped, int queued, long lost, String failure,
        long rawSkipped) {
}
