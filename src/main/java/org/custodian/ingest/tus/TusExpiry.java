package org.custodian.ingest.tus;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Forgets uploads untouched for {@code custodian.ingest.tus.expire-after}: an abandoned upload's staged
 * plaintext is deleted rather than kept unencrypted and unattributed for ever; a finished upload's record
 * (kept so HEAD can still name its clip) goes too.
 */
@Component
class TusExpiry {

    private final TusUploadRecords records;
    private final StagedChunks chunks;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Duration expireAfter;

    TusExpiry(TusUploadRecords records, StagedChunks chunks, AuditLog audit, TransactionTemplate tx,
            IngestProperties properties) {
        this.records = records;
        this.chunks = chunks;
        this.audit = audit;
        this.tx = tx;
        this.expireAfter = properties.tus().expireAfter();
    }

    int expire(Instant now) throws IOException {
        int expired = 0;
        for (String id : records.untouchedSince(now.minus(expireAfter))) {
            chunks.deleteAll(id);
            tx.executeWithoutResult(status -> records.find(id).ifPresent(upload -> {
                records.delete(id);
                if (!upload.isComplete()) {
                    audit.record(AuditEvent.succeeded("upload.expired", "upload", id).with("protocol", "tus")
                            .with("offset", upload.offset()).with("length", upload.length()));
                }
            }));
            expired++;
        }
        return expired;
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        @Bean
        RecurringTask<Void> tusUploadExpiryTask(TusExpiry expiry, Clock clock) {
            return Tasks.recurring("tus-upload-expiry", FixedDelay.ofHours(1)).execute((instance, context) -> {
                try {
                    expiry.expire(clock.instant());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
