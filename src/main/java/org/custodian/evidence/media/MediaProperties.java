package org.custodian.evidence.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custodian.media.*}: whether clips are examined in the background at all, how often clips are looked
 * for that have not been examined, how many one pass takes on, how many times an examination that failed
 * is tried before it is left as failed, whether examination waits while footage is docking on this node
 * (and how long after the last upload docking counts as over) and, if so, for how long at most before a batch
 * is examined anyway.
 */
@ConfigurationProperties("custodian.media")
public record MediaProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
        @DefaultValue("10") int batchSize, @DefaultValue("3") int maxAttempts,
        @DefaultValue("true") boolean yieldToDocking, @DefaultValue("PT30S") Duration quietAfterDocking,
        @DefaultValue("PT15M") Duration longestDeferral) {

    public MediaProperties {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("custodian.media.batch-size and max-attempts must be at least 1");
        }
        if (longestDeferral.isNegative() || quietAfterDocking.isNegative()) {
            throw new IllegalArgumentException(
                    "custodian.media.longest-deferral and quiet-after-docking cannot be negative");
        }
    }
}
