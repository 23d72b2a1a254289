package org.custodian.evidence;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reuses the buffers footage streams through, so thousands of uploads at shift change do not churn
 * the garbage collector with short-lived arrays. Keeps at most {@code keep} idle.
 */
final class BufferPool {

    private final int bufferSize;
    private final int keep;
    private final ConcurrentLinkedQueue<byte[]> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    BufferPool(int bufferSize, int keep) {
        this.bufferSize = bufferSize;
        this.keep = keep;
    }

    byte[] take() {
        byte[] buffer = idle.poll();
        if (buffer == null) {
            return new byte[bufferSize];
        }
        idleCount.decrementAndGet();
        return buffer;
    }

    void give(byte[] buffer) {
        if (buffer.length == bufferSize && idleCount.incrementAndGet() <= keep) {
            idle.offer(buffer);
        } else if (buffer.length == bufferSize) {
            idleCount.decrementAndGet();
        }
    }
}
