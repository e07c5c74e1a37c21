package io.heartbeatmonitor.app;

import io.heartbeatmonitor.app.cli.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of demo mode: a fresh database in a temporary folder, so that simulated clients
 * never end up in the user's real history. It lives as long as the demo, and can be read with
 * {@code history --db} meanwhile.
 */
public final class DemoHistory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHistory.class);

    private DemoHistory() {
    }

    /** A database file in a new temporary folder. */
    public static Path create() {
        try {
            Path file = Files.createTempDirectory("heartbeat-monitor-demo-").resolve("history.db");
            LOG.info("Demo mode records its history in {} until it ends", file);
            return file;
        } catch (IOException e) {
            throw new UserError(UserError.FAILURE, "cannot create a temporary folder for the demo's"
                    + " history (" + e.getMessage() + "); use --db or --no-history", e);
        }
    }

    /** Deletes the folder of {@code file} with everything in it; does nothing for null. */
    public static void delete(Path file) {
        if (file == null) {
            return;
        }
        Path folder = file.getParent();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            LOG.warn("The demo's history in {} could not be deleted: {}", folder, e.getMessage());
        }
    }
}
