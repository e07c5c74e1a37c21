package io.heartbeatmonitor.app.cli;

import java.time.Duration;
import picocli.CommandLine;

/** Lets picocli options take durations such as {@code 500ms} or {@code 2m}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
