package io.heartbeatmonitor.ui.history;

import io.heartbeatmonitor.ui.history.ClientTrail.Transition;
import io.heartbeatmonitor.ui.history.MonitoredTime.Stretch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a client's state changes and the monitor's watched stretches into a timeline. */
final class StateSpans {

    private StateSpans() {
    }

    /**
     * The spans of each state within the watched stretches; whatever lies outside them is left
     * uncovered, as not monitored.
     *
     * @param transitions state changes, oldest first; each holds until the next
     * @param watched the watched stretches, oldest first, already cut to the wanted range
     */
    static List<StateSpan> cut(List<Transition> transitions, List<Stretch> watched) {
        List<StateSpan> spans = new ArrayList<>();
        for (Stretch stretch : watched) {
            for (int i = 0; i < transitions.size(); i++) {
                Instant start = transitions.get(i).at();
                Instant end = i + 1 < transitions.size() ? transitions.get(i + 1).at() : stretch.end();
                Instant from = MonitoredTime.later(start, stretch.start());
                Instant to = MonitoredTime.earlier(end, stretch.end());
                if (from.isBefore(to)) {
                    spans.add(new StateSpan(from, to, transitions.get(i).state()));
                }
            }
        }
        return spans;
    }
}
