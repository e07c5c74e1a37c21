package io.heartbeatmonitor.nats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads secrets from files. Error messages name the file, never what is in it. */
final class SecretFiles {

    private SecretFiles() {
    }

    /** The file's first non-blank line, trimmed. */
    static char[] firstLine(Path file, String what) throws NatsSetupException {
        for (String line : lines(file, what)) {
            if (!line.isBlank()) {
                return line.strip().toCharArray();
            }
        }
        throw new NatsSetupException("The " + what + " file " + file + " is empty.");
    }

    /** The NKey user seed ({@code SU...}) in the file. */
    static char[] nkeyUserSeed(Path file) throws NatsSetupException {
        for (String line : lines(file, "NKey seed")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("SU")) {
                return trimmed.toCharArray();
            }
        }
        throw new NatsSetupException("The NKey seed file " + file
                + " holds no user seed (a line starting with SU); create one with 'nsc' or 'nk -gen user'.");
    }

    /** Checks that a file exists and can be read, so that a typo fails before connecting. */
    static void requireReadable(Path file, String what) throws NatsSetupException {
        if (!Files.isReadable(file)) {
            throw new NatsSetupException("Cannot read the " + what + " file " + file
                    + ": it does not exist or is not readable.");
        }
    }

    private static List<String> lines(Path file, String what) throws NatsSetupException {
        requireReadable(file, what);
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NatsSetupException("Cannot read the " + what + " file " + file + ": " + e.getMessage(), e);
        }
    }
}
