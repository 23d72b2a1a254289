package org.custodian.ingest;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Back-pressure at shift change: at most {@code custodian.ingest.max-concurrent-uploads} bodies stream at
 * once. A source refused a slot is told when to retry rather than left queueing on a socket, so memory,
 * threads and disk bandwidth stay within what the node can finish.
 */
@Component
class UploadSlots {

    private final Semaphore slots;
    private final IngestProperties properties;

    UploadSlots(IngestProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.slots = new Semaphore(properties.maxConcurrentUploads());
        Gauge.builder("custodian.ingest.uploads.in.progress", this, UploadSlots::inUse)
                .description("Upload bodies streaming now; at custodian.ingest.max-concurrent-uploads sources get 503")
                .register(meters);
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
