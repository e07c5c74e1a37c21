package io.heartbeatmonitor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the benchmarks make for themselves outside JUnit's {@code @TempDir}. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes {@code folder} with everything in it, the deepest entries first. */
    public static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
