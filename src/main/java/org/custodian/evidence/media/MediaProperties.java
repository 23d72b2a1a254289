package org.custodian.evidence.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custodian.media.*}: whether clips are examined in the background at all, how often clips are looked
 * for that have not been examined, how many one pass takes on, and how many times an examination that failed
 * is tried before it is left as failed.
 */
@ConfigurationProperties("custodian.media")
public record MediaProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
        @DefaultValue("10") int batchSize, @DefaultValue("3") int maxAttempts) {

    public MediaProperties {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("custodian.media.batch-size and max-attempts must be at least 1");
        }
    }
}
