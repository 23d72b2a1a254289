package org.custodian.audit;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a capability asks the log to record. The actor and the time are added by the log itself.
 *
 * @param action      a dotted verb, e.g. {@code camera.registered}, {@code clip.viewed}
 * @param subjectType the kind of record acted on, e.g. {@code camera}
 * @param subjectId   its identifier as the API names it
 * @param reason      why, where the action requires a reason; otherwise null
 * @param outcome     whether the action took effect
 * @param details     further facts worth keeping (new values, request path)
 */
public record AuditEvent(String action, String subjectType, String subjectId, String reason, Outcome outcome,
        Map<String, String> details) {

    public enum Outcome { SUCCEEDED, DENIED, FAILED }

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(outcome, "outcome");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(details));
    }

    public static AuditEvent succeeded(String action, String subjectType, Object subjectId) {
        return new AuditEvent(action, subjectType, String.valueOf(subjectId), null, Outcome.SUCCEEDED, Map.of());
    }

    public static AuditEvent denied(String action, String subjectType, Object subjectId) {
        return new AuditEvent(action, subjectType, String.valueOf(subjectId), null, Outcome.DENIED, Map.of());
    }

    public AuditEvent withReason(String why) {
        return new AuditEvent(action, subjectType, subjectId, why, outcome, details);
    }

    public AuditEvent with(String key, Object value) {
        Map<String, String> more = new TreeMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditEvent(action, subjectType, subjectId, reason, outcome, more);
    }
}
