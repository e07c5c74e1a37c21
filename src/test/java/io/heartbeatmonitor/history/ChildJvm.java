package io.heartbeatmonitor.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link HistoryChild} in a JVM of its own, for what one process cannot do to itself: hold
 * a lock another process runs into, or die by SIGKILL in the middle of writing.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;

    private ChildJvm(Process process) {
        this.process = process;
        this.output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code HistoryChild} with these arguments and waits until it prints "ready". */
    static ChildJvm start(String... arguments) throws IOException {
        Path testClasses = Path.of(System.getProperty("basedir", "."), "target", "test-classes")
                .toAbsolutePath();
        if (!Files.isDirectory(testClasses)) {
            throw new IllegalStateException("no test classes at " + testClasses);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", System.getProperty("jdk.module.path"),
                "--patch-module", "io.heartbeatmonitor=" + testClasses,
                "--enable-native-access=org.xerial.sqlitejdbc",
                "--module", "io.heartbeatmonitor/" + HistoryChild.class.getName()));
        command.addAll(List.of(arguments));
        ChildJvm child = new ChildJvm(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        child.awaitLine("ready");
        return child;
    }

    long pid() {
        return process.pid();
    }

    /** Kills it at once, as a crash or a power cut would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Closes its standard input, which tells it to finish, and waits for its exit code. */
    int finish(Duration within) throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not finish within " + within);
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitLine(String expected) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(expected)) {
                return;
            }
        }
        throw new IllegalStateException("the child ended before printing '" + expected + "'");
    }
}
