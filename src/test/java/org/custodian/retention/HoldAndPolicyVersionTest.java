package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.custodian.evidence.ClipId;
import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class HoldAndPolicyVersionTest {

    static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void aHoldNeedsAReasonToBePlacedAndToBeReleasedAndIsReleasedOnce() {
        assertThatThrownBy(() -> Hold.place(ClipId.random(), HoldKind.CASE, null, " ", "sgt", AT))
                .isInstanceOf(InvalidValueException.class);
        Hold hold = Hold.place(ClipId.random(), HoldKind.CASE, "URN 01AB", "Charged", "sgt", AT);
        assertThatThrownBy(() -> hold.release("sgt", AT, "")).isInstanceOf(InvalidValueException.class);
        Hold released = hold.release("inspector", AT.plusSeconds(60), "Case closed");
        assertThat(released.inForce()).isFalse();
        assertThat(released.releasedBy()).isEqualTo("inspector");
        assertThatThrownBy(() -> released.release("inspector", AT, "again"))
                .isInstanceOf(HoldAlreadyReleasedException.class);
    }

    @Test
    void aPolicyChangeTakesEffectOnlyWithADifferentAdministratorsApproval() {
        PolicyVersion proposal = new PolicyVersion(RetentionPolicyTest.POLICY, PolicyState.PROPOSED, "Shorter",
                "alice", AT, null, null);
        assertThatThrownBy(() -> proposal.approve("alice", AT)).isInstanceOf(SecondApprovalRequiredException.class);
        PolicyVersion approved = proposal.approve("bob", AT);
        assertThat(approved.state()).isEqualTo(PolicyState.IN_FORCE);
        assertThat(approved.decidedBy()).isEqualTo("bob");
        assertThatThrownBy(() -> approved.approve("carol", AT)).isInstanceOf(
                org.custodian.shared.RuleViolationException.class);
    }
}
