package org.custodian.ingest;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * Back-pressure at shift change: at most {@code custodian.ingest.max-concurrent-uploads} bodies stream at
 * once. A source refused a slot is told when to retry rather than left queueing on a socket, so memory,
 * threads and disk bandwidth stay within what the node can finish.
 */
@Component
class UploadSlots {

    private final Semaphore slots;
    private final IngestProperties properties;

    UploadSlots(IngestProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.maxConcurrentUploads());
    }

    UploadSlot acquire() {
        if (!slots.tryAcquire()) {
            throw new IngestBusyException(properties.maxConcurrentUploads(), properties.retryAfter());
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                slots.release();
            }
        };
    }

    int inUse() {
        return properties.maxConcurrentUploads() - slots.availablePermits();
    }
}
