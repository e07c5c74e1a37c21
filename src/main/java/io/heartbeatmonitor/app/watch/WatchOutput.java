package io.heartbeatmonitor.app.watch;

import io.heartbeatmonitor.app.MonitorLosses;
import io.heartbeatmonitor.core.ConnectionState;
import io.heartbeatmonitor.core.Rejection;
import io.heartbeatmonitor.core.presence.MonitorListener;
import io.heartbeatmonitor.core.presence.PresenceChange;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the monitor's events, one line each, on a thread of its own ({@code watch-output}) so
 * that a slow terminal or pipe never holds up the NATS dispatcher. Lines are flushed as soon as
 * no more are waiting.
 */
public final class WatchOutput implements MonitorListener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WatchOutput.class);
    /** Queued last; compared by identity, so no printed line can be mistaken for it. */
    private static final String END = new String("end of output");

    private final WatchFormat format;
    private final PrintStream out;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread writer;
    private MonitorLosses printedLosses = MonitorLosses.NONE;

    public WatchOutput(WatchFormat format, PrintStream out) {
        this.format = format;
        this.out = out;
        this.writer = new Thread(this::writeLines, "watch-output");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void onPresenceChange(PresenceChange change) {
        lines.add(format.presence(change));
    }

    @Override
    public void onRejected(Rejection rejection, byte[] payload, Instant receivedAt) {
        lines.add(format.rejected(rejection, receivedAt));
    }

    @Override
    public void onConnection(ConnectionState state, Instant at) {
        lines.add(format.connection(state, at));
    }

    /**
     * Prints the monitor's losses when they differ from those printed last; nothing while the
     * monitor loses nothing. Called by whoever polls the monitor, never on the dispatcher.
     */
    public void losses(MonitorLosses totals, Instant at) {
        if (!totals.equals(printedLosses)) {
            printedLosses = totals;
            lines.add(format.losses(totals, at));
        }
    }

    /** Writes what is still queued, then stops the writer thread. */
    @Override
    public void close() throws InterruptedException {
        lines.add(END);
        writer.join();
        out.flush();
    }

    private void writeLines() {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(lines.take());
                lines.drainTo(batch);
                for (String line : batch) {
                    if (line == END) {
                        out.flush();
                        return;
                    }
                    out.println(line);
                }
                batch.clear();
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("Watch output interrupted", e);
        }
    }
}
