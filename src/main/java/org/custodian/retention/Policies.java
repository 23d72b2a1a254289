package org.custodian.retention;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.retention.jdbc.PolicyVersions;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention policy in force and the changes proposed to it. The configured schedule becomes
 * version 1 on first start; when the configuration later differs from the policy in force it is recorded
 * as a proposal, so a changed setting never shortens retention without an administrator's approval
 * (uk-rules RET-07, INT-09).
 */
@Component
public class Policies {

    /** Recorded as the proposer of versions that come from the server's configuration. */
    public static final String CONFIGURATION = "configuration";

    private static final Logger log = LoggerFactory.getLogger(Policies.class);

    private final PolicyVersions versions;
    private final RetentionProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    Policies(PolicyVersions versions, RetentionProperties properties, AuditLog audit, Clock clock,
            TransactionTemplate tx) {
        this.versions = versions;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * Records the configured schedule: as version 1 on first start, or as a proposal when it differs from the
     * policy in force. Run once at start-up (see RetentionConfiguration).
     */
    public void adoptConfiguration() {
        try {
            tx.executeWithoutResult(status -> adoptConfigured());
        } catch (DuplicateKeyException anotherNodeDidIt) {
            log.info("Another node recorded the configured retention policy first");
        }
    }

    private void adoptConfigured() {
        RetentionPolicy configured = properties.policy(0);
        var current = versions.inForce();
        if (current.isEmpty()) {
            PolicyVersion first = new PolicyVersion(configured.withVersion(versions.latestVersion() + 1),
                    PolicyState.IN_FORCE, "The server's configuration on first start", CONFIGURATION, clock.instant(),
                    null, null);
            versions.insert(first);
            audit.recordAs(AuditLog.SYSTEM, AuditEvent.succeeded("retention.policy-in-force", "retention-policy",
                    first.version()).withReason(first.reason()).with("rules", describe(first.policy())));
            return;
        }
        boolean sameRules = current.get().policy().rules().equals(configured.rules());
        boolean alreadyProposed = versions.all().stream().anyMatch(v -> v.state() == PolicyState.PROPOSED
                && v.proposedBy().equals(CONFIGURATION) && v.policy().rules().equals(configured.rules()));
        if (!sameRules && !alreadyProposed) {
            PolicyVersion proposal = propose(configured, CONFIGURATION, "The server's configuration changed");
            log.warn("The configured retention policy differs from version {} in force; recorded as proposal {}, "
                    + "which takes effect when an administrator approves it", current.get().version(),
                    proposal.version());
        }
    }

    @Transactional(readOnly = true)
    public PolicyVersion inForce() {
        return versions.inForce().orElseThrow(() -> new IllegalStateException("No retention policy is in force"));
    }

    @Transactional(readOnly = true)
    public PolicyVersion version(int version) {
        return versions.find(version).orElseThrow(() -> new NotFoundException("Retention policy version", version));
    }

    @Transactional(readOnly = true)
    public List<PolicyVersion> all() {
        return versions.all();
    }

    /** Records a proposed policy; nothing changes until a different administrator approves it. */
    @Transactional
    public PolicyVersion propose(RetentionPolicy rules, String by, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("A policy change needs a reason");
        }
        PolicyVersion proposal = new PolicyVersion(rules.withVersion(versions.latestVersion() + 1),
                PolicyState.PROPOSED, reason.trim(), Objects.requireNonNull(by), clock.instant(), null, null);
        versions.insert(proposal);
        audit.recordAs(by.equals(CONFIGURATION) ? AuditLog.SYSTEM : by, AuditEvent.succeeded(
                "retention.policy-proposed", "retention-policy", proposal.version()).withReason(proposal.reason())
                .with("rules", describe(proposal.policy())));
        return proposal;
    }

    /**
     * Puts the proposal in force; refused to the administrator who proposed it. The refusal changes nothing but
     * is itself on record, so its transaction commits rather than rolling the audit entry back with it.
     */
    @Transactional(noRollbackFor = SecondApprovalRequiredException.class)
    public PolicyVersion approve(int version, String by) {
        PolicyVersion proposal = versions.lock(version)
                .orElseThrow(() -> new NotFoundException("Retention policy version", version));
        PolicyVersion approved;
        try {
            approved = proposal.approve(by, clock.instant());
        } catch (SecondApprovalRequiredException e) {
            audit.recordAs(by, AuditEvent.denied("retention.policy-approved", "retention-policy", version)
                    .withReason(e.getMessage()));
            throw e;
        }
        versions.supersedeAllBut(version);
        versions.decide(approved);
        audit.recordAs(by, AuditEvent.succeeded("retention.policy-approved", "retention-policy", version)
                .with("proposedBy", proposal.proposedBy()).with("rules", describe(approved.policy())));
        return approved;
    }

    @Transactional
    public PolicyVersion reject(int version, String by, String reason) {
        PolicyVersion proposal = versions.lock(version)
                .orElseThrow(() -> new NotFoundException("Retention policy version", version));
        PolicyVersion rejected = proposal.reject(by, clock.instant());
        versions.decide(rejected);
        audit.recordAs(by, AuditEvent.succeeded("retention.policy-rejected", "retention-policy", version)
                .withReason(reason));
        return rejected;
    }

    static String describe(RetentionPolicy policy) {
        StringBuilder text = new StringBuilder();
        policy.rules().forEach((category, rule) -> text.append(text.isEmpty() ? "" : "; ").append(category)
                .append(rule.keep() == null ? "" : " keep " + rule.keep())
                .append(rule.review() == null ? "" : " review " + rule.review()));
        return text.toString();
    }
}
