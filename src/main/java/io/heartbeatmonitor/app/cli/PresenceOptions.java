package io.heartbeatmonitor.app.cli;

import io.heartbeatmonitor.core.presence.PresenceSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The timing rules of presence, as options. */
public final class PresenceOptions {

    @Option(names = "--interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Expected heartbeat interval, such as 30s (default: 30s).")
    Duration interval;

    @Option(names = "--grace", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How late a heartbeat may be before the client is late (default: 5s).")
    Duration grace;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Silence after which a client is offline (default: 90s).")
    Duration timeout;

    /** The settings, taking what was not given from {@code defaults}. */
    public PresenceSettings toSettings(PresenceSettings defaults) {
        try {
            return new PresenceSettings(
                    interval != null ? interval : defaults.interval(),
                    grace != null ? grace : defaults.grace(),
                    timeout != null ? timeout : defaults.timeout());
        } catch (IllegalArgumentException e) {
            throw UserError.usage(e.getMessage());
        }
    }
}
