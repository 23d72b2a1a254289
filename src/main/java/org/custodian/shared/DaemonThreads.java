package org.custodian.shared;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for background pools: daemons, so a pool left running never keeps the process alive, each named
 * by its pool and a number ({@code footage-writer-3}) so a thread dump or a profile says whose it is.
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
