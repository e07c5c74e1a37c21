package io.heartbeatmonitor.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop, so that a long-running command can
 * end cleanly and exit with 0. A JVM shutdown hook could not: the process would still end with
 * 130 or 143. A second signal while stopping is ignored; SIGKILL still ends the process at once.
 */
public final class ShutdownSignal {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignal.class);

    private final CountDownLatch requested = new CountDownLatch(1);

    /** Installs the handlers for this process. */
    public static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        signal.handle("INT");
        signal.handle("TERM");
        return signal;
    }

    /** Asks for a stop as a signal would, for example when a command's duration is over. */
    public void request() {
        requested.countDown();
    }

    /** Blocks until a stop is requested. */
    public void await() throws InterruptedException {
        requested.await();
    }

    /** Blocks until a stop is requested or {@code millis} passed; true if requested. */
    public boolean await(long millis) throws InterruptedException {
        return requested.await(millis, TimeUnit.MILLISECONDS);
    }

    private void handle(String name) {
        try {
            Signal.handle(new Signal(name), received -> {
                LOG.info("Received SIG{}; stopping", name);
                request();
            });
        } catch (IllegalArgumentException e) {
            LOG.debug("Signal {} cannot be handled on this platform", name, e);
        }
    }
}
