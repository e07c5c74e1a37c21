package io.heartbeatmonitor.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's background threads: named, daemon, and logging what escapes them. */
public final class UiThreads {

    private static final Logger LOG = LoggerFactory.getLogger(UiThreads.class);

    private UiThreads() {
    }

    /** One thread that runs tasks at a rate. */
    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(factory(name));
    }

    /** One thread that runs tasks in the order given, such as loads for the client detail. */
    public static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(factory(name));
    }

    /** A factory of daemon threads called {@code name}, or {@code name-2} and so on after the first. */
    public static ThreadFactory factory(String name) {
        AtomicInteger created = new AtomicInteger();
        return task -> {
            int number = created.incrementAndGet();
            Thread thread = new Thread(task, number == 1 ? name : name + "-" + number);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Thread {} failed", t.getName(), e));
            return thread;
        };
    }
}
