package org.custodian.storage;

import java.lang.management.ManagementFactory;

/** Heap still in use after a full collection: what a piece of code is holding on to, not what it churns. */
final class LiveHeap {

    private LiveHeap() {
    }

    static long bytes() {
        var memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
