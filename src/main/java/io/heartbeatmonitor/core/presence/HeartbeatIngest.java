package io.heartbeatmonitor.core.presence;

import io.heartbeatmonitor.core.HeartbeatParser;
import io.heartbeatmonitor.core.ParseResult;
import java.util.Objects;

/**
 * The monitor's path for one received message: parse and check it, then apply it to the
 * tracker as a heartbeat or count it as rejected. Nothing a client sends makes it throw.
 */
public final class HeartbeatIngest {

    private final HeartbeatParser parser;
    private final PresenceTracker tracker;

    public HeartbeatIngest(HeartbeatParser parser, PresenceTracker tracker) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
    }

    /**
     * Handles one message.
     *
     * @return whether the heartbeat was accepted
     */
    public boolean accept(String subject, byte[] payload) {
        return switch (parser.parse(subject, payload)) {
            case ParseResult.Accepted accepted -> {
                tracker.accept(accepted.heartbeat(), payload);
                yield true;
            }
            case ParseResult.Rejected rejected -> {
                tracker.reject(rejected.rejection(), payload);
                yield false;
            }
        };
    }

    public PresenceTracker tracker() {
        return tracker;
    }
}
