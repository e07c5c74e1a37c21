package io.heartbeatmonitor.app.bench;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Heartbeat;
import io.heartbeatmonitor.core.HeartbeatEncoder;
import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.Metrics;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes real protocol heartbeats for many clients while taking as little CPU as possible
 * from the subscribers it is measuring: every message is encoded once, up front, as a complete
 * NATS {@code PUB} frame, and the frames are written straight to a socket.
 */
final class LightPublisher implements AutoCloseable {

    private static final int BATCH = 256;
    private static final int BUFFER_BYTES = 1 << 16;

    private final Socket socket;
    private final OutputStream out;
    private final byte[][] frames;
    private final int payloadBytes;
    private volatile boolean stopped;
    private volatile boolean flooding;
    private long published;

    /**
     * Connects and encodes one heartbeat frame per client.
     *
     * @param clients how many distinct client ids, named {@code client-000000} upwards
     */
    LightPublisher(String host, int port, String tenant, int clients) throws IOException {
        this.frames = new byte[clients][];
        HeartbeatEncoder encoder = new HeartbeatEncoder();
        Metadata metadata = new Metadata("Bench client", "data_processor", List.of("process", "analyze", "report"));
        Instant now = Instant.now();
        int bytes = 0;
        for (int i = 0; i < clients; i++) {
            ClientKey key = new ClientKey(tenant, String.format("client-%06d", i));
            byte[] payload = encoder.encode(new Heartbeat(key, now, "1.0.0", ClientStatus.HEALTHY,
                    new Metrics(1000 + i, 2000 + i, i % 7, 3600), metadata));
            frames[i] = frame(HeartbeatSubject.of(key), payload);
            bytes += payload.length;
        }
        this.payloadBytes = clients == 0 ? 0 : bytes / clients;
        this.socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER_BYTES);
        handshake();
    }

    /** The average payload size, in bytes. */
    int payloadBytes() {
        return payloadBytes;
    }

    /** Messages written so far. */
    synchronized long published() {
        return published;
    }

    /**
     * Publishes round-robin over the clients until {@link #stop()} or the deadline.
     *
     * @param perSecond the rate to keep; zero or less for as fast as the socket takes them
     */
    void run(long perSecond, long deadlineNanos) throws IOException {
        stopped = false;
        flooding = true;
        try {
            flood(perSecond, deadlineNanos);
        } finally {
            flooding = false;
        }
    }

    /** Whether {@link #run} is publishing the flood right now. */
    boolean isFlooding() {
        return flooding;
    }

    private void flood(long perSecond, long deadlineNanos) throws IOException {
        long start = System.nanoTime();
        long sent = 0;
        int next = 0;
        while (!stopped && System.nanoTime() < deadlineNanos) {
            synchronized (this) {
                for (int i = 0; i < BATCH; i++) {
                    out.write(frames[next]);
                    next = next + 1 == frames.length ? 0 : next + 1;
                }
                published += BATCH;
                if (perSecond > 0) {
                    out.flush();
                }
            }
            sent += BATCH;
            if (perSecond > 0) {
                pace(start, sent, perSecond);
            }
        }
        synchronized (this) {
            out.flush();
        }
    }

    /**
     * Publishes one ready-made frame now, for latency probes. {@code beforeWrite} runs once the
     * frame's turn has come, so that a probe's clock does not count the wait for a batch of the
     * flood to be written first.
     */
    synchronized void publishNow(byte[] frame, Runnable beforeWrite) throws IOException {
        beforeWrite.run();
        out.write(frame);
        out.flush();
        published++;
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void close() throws IOException {
        stopped = true;
        socket.close();
    }

    /** A complete {@code PUB} frame for one message. */
    static byte[] frame(String subject, byte[] payload) {
        byte[] head = ("PUB " + subject + " " + payload.length + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[head.length + payload.length + 2];
        System.arraycopy(head, 0, frame, 0, head.length);
        System.arraycopy(payload, 0, frame, head.length, payload.length);
        frame[frame.length - 2] = '\r';
        frame[frame.length - 1] = '\n';
        return frame;
    }

    private static void pace(long start, long sent, long perSecond) {
        long due = start + sent * 1_000_000_000L / perSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Reads the server's INFO, sends CONNECT and waits for the PONG that confirms it. */
    private void handshake() throws IOException {
        BufferedReader in = new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String info = in.readLine();
        if (info == null || !info.startsWith("INFO")) {
            throw new IOException("not a NATS server: " + info);
        }
        out.write("CONNECT {\"verbose\":false,\"pedantic\":false,\"name\":\"bench-publisher\"}\r\nPING\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String reply = in.readLine();
        if (!"PONG".equals(reply)) {
            throw new IOException("the server did not accept the publisher: " + reply);
        }
        Thread reader = new Thread(() -> answerPings(in), "bench-publisher-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Keeps the connection alive over long runs by answering the server's PINGs. */
    private void answerPings(BufferedReader in) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("PING")) {
                    synchronized (this) {
                        out.write("PONG\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                }
            }
        } catch (IOException e) {
            // The socket was closed at the end of the run.
        }
    }
}
