package org.custodian.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code custodian.ingest.*}: how many uploads may stream at once and what a refused source is told,
 * how much space the footage store keeps free, the reconciler's timing, the tus limits, and how much of a
 * request body one read from the socket takes.
 */
@ConfigurationProperties("custodian.ingest")
public record IngestProperties(@DefaultValue("64") int maxConcurrentUploads, @DefaultValue("PT30S") Duration retryAfter,
        @DefaultValue("1GB") DataSize minFreeBytes, @DefaultValue Reconciler reconciler, @DefaultValue Tus tus,
        @DefaultValue("64KB") DataSize socketReadBuffer) {

    public IngestProperties {
        if (maxConcurrentUploads < 1) {
            throw new IllegalArgumentException("custodian.ingest.max-concurrent-uploads must be at least 1");
        }
        if (socketReadBuffer.toBytes() < 8 * 1024 || socketReadBuffer.toBytes() > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("custodian.ingest.socket-read-buffer must be between 8KB and 16MB, not "
                    + socketReadBuffer);
        }
    }

    /** A blob seen without a clip row for {@code grace} is removed; blobs filed in the last {@code lookback} are examined. */
    public record Reconciler(@DefaultValue("PT1H") Duration interval, @DefaultValue("PT1H") Duration grace,
            @DefaultValue("P7D") Duration lookback) {
    }

    /** The largest tus upload accepted, and how long an unfinished one is kept after its last PATCH. */
    public record Tus(@DefaultValue("64GB") DataSize maxSize, @DefaultValue("P7D") Duration expireAfter) {
    }
}
