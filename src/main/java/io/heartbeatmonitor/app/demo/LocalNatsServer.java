package io.heartbeatmonitor.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real {@code nats-server} process on loopback, for demo mode, the benchmark and tests.
 * It listens on 127.0.0.1 only, on a free port unless told otherwise.
 *
 * <p>Limitation: if this JVM is killed with SIGKILL, the server process outlives it, because
 * Java cannot ask Linux to end a child together with its parent.
 */
public final class LocalNatsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalNatsServer.class);
    private static final Pattern LISTENING = Pattern.compile("Listening for client connections on [^ ]*:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(15);
    private static final List<String> EXTRA_DIRECTORIES = List.of("/usr/sbin", "/usr/local/sbin", "/usr/local/bin");
    private static final int OUTPUT_LINES_KEPT = 20;
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Builder settings;
    private final Process process;
    private final int port;
    private final Thread shutdownHook;

    private LocalNatsServer(Builder settings, Process process, int port) {
        this.settings = settings;
        this.process = process;
        this.port = port;
        this.shutdownHook = new Thread(process::destroy, "nats-server-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts building a server; {@link Builder#start()} launches it. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a plain server on a free loopback port. */
    public static LocalNatsServer start() throws IOException {
        return builder().start();
    }

    /** Where the {@code nats-server} program is: the PATH first, then the usual system folders. */
    public static Optional<Path> findBinary() {
        List<String> directories = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(List.of(path.split(java.io.File.pathSeparator)));
        }
        directories.addAll(EXTRA_DIRECTORIES);
        return directories.stream()
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, "nats-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The client URL, such as {@code nats://127.0.0.1:43121}. */
    public String url() {
        return "nats://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Whether the process is still running. */
    public boolean isRunning() {
        return process.isAlive();
    }

    /** Kills the process at once (SIGKILL), as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        removeHook();
    }

    /** Starts the server again on the same port with the same settings. */
    public LocalNatsServer restart() throws IOException, InterruptedException {
        if (isRunning()) {
            close();
        }
        return settings.copyWithPort(port).start();
    }

    /** Stops the process (SIGTERM) and waits for it to end. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            LOG.debug("JVM is already shutting down; the hook stops the server", e);
        }
    }

    /** Settings of a {@link LocalNatsServer}. */
    public static final class Builder {
        private int port = -1;
        private Path configFile;
        private Path jetStreamDirectory;

        private Builder() {
        }

        /** A fixed port; by default the server picks a free one. */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /** A server configuration file, for example with an {@code authorization} block. */
        public Builder configFile(Path value) {
            this.configFile = value;
            return this;
        }

        /** Enables JetStream, keeping its store in {@code directory}. */
        public Builder jetStream(Path directory) {
            this.jetStreamDirectory = directory;
            return this;
        }

        /**
         * Launches the server and waits until it is ready.
         *
         * @throws IOException when the program is missing or does not become ready
         */
        public LocalNatsServer start() throws IOException {
            Path binary = findBinary().orElseThrow(() -> new IOException(
                    "nats-server is not installed: it is neither on the PATH nor in /usr/sbin. Install it"
                            + " with 'sudo apt-get install nats-server' (Debian, Ubuntu) or from nats.io."));
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(SETSID)) {
                // A session of its own keeps Ctrl-C in the terminal from reaching the server before
                // the monitor and the simulated clients have said goodbye through it.
                command.add(SETSID.toString());
            }
            command.addAll(List.of(binary.toString(), "-a", "127.0.0.1", "-p", Integer.toString(port)));
            if (configFile != null) {
                command.addAll(List.of("-c", configFile.toString()));
            }
            if (jetStreamDirectory != null) {
                command.addAll(List.of("-js", "-sd", jetStreamDirectory.toString()));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            int actualPort = awaitReady(process);
            LOG.info("Started nats-server on 127.0.0.1:{}", actualPort);
            return new LocalNatsServer(this, process, actualPort);
        }

        private Builder copyWithPort(int fixedPort) {
            Builder copy = new Builder();
            copy.port = fixedPort;
            copy.configFile = configFile;
            copy.jetStreamDirectory = jetStreamDirectory;
            return copy;
        }

        private static int awaitReady(Process process) throws IOException {
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            Deque<String> lastLines = new ArrayDeque<>();
            Thread reader = new Thread(() -> readOutput(process, ready, lastLines), "nats-server-output");
            reader.setDaemon(true);
            reader.start();
            try {
                return ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IOException("Interrupted while nats-server was starting", e);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                synchronized (lastLines) {
                    throw new IOException("nats-server did not start: " + String.join(" | ", lastLines), e);
                }
            }
        }

        private static void readOutput(Process process, CompletableFuture<Integer> ready, Deque<String> lastLines) {
            Integer listeningPort = null;
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    LOG.debug("nats-server: {}", line);
                    synchronized (lastLines) {
                        lastLines.addLast(line);
                        if (lastLines.size() > OUTPUT_LINES_KEPT) {
                            lastLines.removeFirst();
                        }
                    }
                    Matcher listening = LISTENING.matcher(line);
                    if (listening.find()) {
                        listeningPort = Integer.valueOf(listening.group(1));
                    }
                    if (line.contains("Server is ready") && listeningPort != null) {
                        ready.complete(listeningPort);
                    }
                }
            } catch (IOException e) {
                LOG.debug("Output of nats-server ended", e);
            }
            ready.completeExceptionally(new IOException("nats-server exited with " + exitCode(process)));
        }

        private static String exitCode(Process process) {
            try {
                return Integer.toString(process.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "an unknown code";
            }
        }
    }
}
