package org.custodian.storage;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Down when footage cannot be written: the root folder is not writable, or the bucket cannot be reached. */
class BlobStoreHealthIndicator implements HealthIndicator {

    private final BlobStore store;

    BlobStoreHealthIndicator(BlobStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        try {
            store.checkAvailable();
            store.usableSpace().ifPresent(bytes -> health.withDetail("usableBytes", bytes));
        } catch (Exception e) {
            health.down(e);
        }
        return health.withDetail("store", store.toString()).build();
    }
}
