package org.custodian.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.custodian.audit.jdbc.AuditEntries;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to the chain. Called inside the transaction of the change it records, so the entry
 * and the change commit or roll back together; appends are serialised on the chain head.
 */
@Component
public class AuditLog {

    /** Recorded as the actor when nobody is signed in (start-up, scheduled jobs). */
    public static final String SYSTEM = "system";

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        return recordAs(currentActor(), event);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry recordAs(String actor, AuditEvent event) {
        return recordAllAs(actor, List.of(event)).get(0);
    }

    /** Several events in order, appended together (one lock of the head, one batch of rows). */
    @Transactional(propagation = Propagation.REQUIRED)
    public List<AuditEntry> recordAll(List<AuditEvent> events) {
        return recordAllAs(currentActor(), events);
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public List<AuditEntry> recordAllAs(String actor, List<AuditEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        AuditEntries.Head head = entries.lockHead();
        long sequence = head.sequence();
        String previous = head.hash();
        Instant now = HashChain.normalise(clock.instant());
        List<AuditEntry> appended = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            sequence++;
            String details = DetailsJson.of(event.details());
            String hash = HashChain.hash(sequence, now, actor, event.action(), event.subjectType(), event.subjectId(),
                    event.reason(), event.outcome().name(), details, previous);
            appended.add(new AuditEntry(sequence, now, actor, event.action(), event.subjectType(), event.subjectId(),
                    event.reason(), event.outcome().name(), details, previous, hash));
            previous = hash;
        }
        entries.appendAll(appended);
        return appended;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditEntries.Head head = entries.head();
        return entries.inOrder(iterator -> HashChain.verify(iterator, head.sequence(), head.hash()));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return entries.find(query);
    }

    public static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null
                || "anonymousUser".equals(auth.getName())) {
            return SYSTEM;
        }
        return auth.getName();
    }

    /** Details are stored as a JSON object with sorted keys, so the same facts always hash alike. */
    static final class DetailsJson {
        private DetailsJson() {
        }

        static String of(Map<String, String> details) {
            if (details.isEmpty()) {
                return null;
            }
            StringBuilder json = new StringBuilder("{");
            details.forEach((k, v) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                quote(json, k).append(':');
                quote(json, v);
            });
            return json.append('}').toString();
        }

        private static StringBuilder quote(StringBuilder out, String s) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"');
        }
    }
}
