package org.custodian.audit;

import java.time.Instant;

/**
 * One stored line of the log. {@code hash} commits to every other field and to {@code previousHash},
 * so changing, removing or reordering any entry breaks every hash after it.
 */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String action, String subjectType,
        String subjectId, String reason, String outcome, String details, String previousHash, String hash) {
}
