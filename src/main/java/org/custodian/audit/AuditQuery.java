package org.custodian.audit;

import java.time.Instant;

/** Filters for reading the log; null means "any". Results come newest first. */
public record AuditQuery(String actor, String action, String subjectType, String subjectId, Instant from,
        Instant to, int page, int size) {

    public AuditQuery {
        if (page < 0) {
            throw new org.custodian.shared.InvalidValueException("page must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new org.custodian.shared.InvalidValueException("size must be between 1 and 500");
        }
    }

    public static AuditQuery forSubject(String subjectType, String subjectId) {
        return new AuditQuery(null, null, subjectType, subjectId, null, null, 0, 100);
    }
}
