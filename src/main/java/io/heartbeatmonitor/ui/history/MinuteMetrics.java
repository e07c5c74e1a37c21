package io.heartbeatmonitor.ui.history;

import java.time.Instant;

/**
 * What a client did in one minute, from the growth of its counters. Counts are never negative:
 * after a restart the counters start again from zero, and their new values count as the growth.
 *
 * @param minute the start of the minute
 * @param sent messages sent in that minute
 * @param received messages received in that minute
 * @param errors errors in that minute
 */
public record MinuteMetrics(Instant minute, long sent, long received, long errors) {
}
