package org.custodian.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.custodian.evidence.ClipId;
import org.custodian.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    static final Instant RECORDED = Instant.parse("2030-01-31T10:00:00Z");

    static final RetentionPolicy POLICY = RetentionPolicy.of(3, List.of(
            new RetentionRule(ClipCategory.NON_EVIDENTIAL, RetentionPeriod.ofDays(31), null),
            new RetentionRule(ClipCategory.EVIDENTIAL, RetentionPeriod.parse("P6Y"), RetentionPeriod.parse("P1Y")),
            new RetentionRule(ClipCategory.TRAINING_CANDIDATE, RetentionPeriod.ofDays(14), null),
            new RetentionRule(ClipCategory.FIREARMS, null, RetentionPeriod.parse("P10Y"))));

    @Test
    void uncategorisedFootageIsDeletedThirtyOneDaysAfterRecording() {
        RetentionDecision decision = POLICY.decide(null, RECORDED, List.of());
        assertThat(decision.rule()).isEqualTo("NON_EVIDENTIAL");
        assertThat(decision.deleteAfter()).isEqualTo(Instant.parse("2030-03-03T10:00:00Z"));
        assertThat(decision.policyVersion()).isEqualTo(3);
        assertThat(decision.dueAt(Instant.parse("2030-03-03T09:59:59Z"))).isFalse();
        assertThat(decision.dueAt(Instant.parse("2030-03-03T10:00:00Z"))).isTrue();
    }

    @Test
    void anEvidentialCategoryKeepsItsOwnPeriodAndReviewDate() {
        RetentionDecision decision = POLICY.decide("evidential", RECORDED, List.of());
        assertThat(decision.rule()).isEqualTo("EVIDENTIAL");
        assertThat(decision.deleteAfter()).isEqualTo(Instant.parse("2036-01-31T10:00:00Z"));
        assertThat(decision.reviewAt()).isEqualTo(Instant.parse("2031-01-31T10:00:00Z"));
    }

    @Test
    void theLongestApplicableRuleWinsSoNoCategoryGoesSoonerThanTheBaseline() {
        assertThat(POLICY.decide("Training candidate", RECORDED, List.of()).rule()).isEqualTo("NON_EVIDENTIAL");
        assertThat(POLICY.decide("FIREARMS", RECORDED, List.of()).deleteAfter()).as("kept until reviewed").isNull();
    }

    @Test
    void anEvidentialCategoryWithoutARuleAndAnUnknownCategoryAreKept() {
        assertThat(POLICY.decide("stop-and-search", RECORDED, List.of()).deleteAfter()).isNull();
        assertThat(POLICY.decide("something new", RECORDED, List.of()).deleteAfter()).isNull();
        assertThat(POLICY.decide("something new", RECORDED, List.of()).dueAt(Instant.MAX)).isFalse();
    }

    @Test
    void anyHoldInForceKeepsAClipWhoseRuleHasRunOut() {
        Hold hold = Hold.place(ClipId.random(), HoldKind.COMPLAINT, "CO/1", "Complaint", "psd", RECORDED);
        RetentionDecision decision = POLICY.decide(null, RECORDED, List.of(hold));
        assertThat(decision.dueAt(Instant.parse("2040-01-01T00:00:00Z"))).isFalse();
    }

    @Test
    void refusesPoliciesThatWouldDeleteByOmissionOrWithoutReview() {
        assertThatThrownBy(() -> RetentionPolicy.of(1, List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RetentionRule(ClipCategory.EVIDENTIAL, RetentionPeriod.parse("P6Y"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("review");
        assertThatThrownBy(() -> new RetentionRule(ClipCategory.NON_EVIDENTIAL, null, RetentionPeriod.ofDays(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RetentionPeriod.parse("31 days")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> RetentionPeriod.ofDays(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> HoldKind.parse("gossip")).isInstanceOf(InvalidValueException.class);
        assertThat(HoldKind.parse("subject access request")).isEqualTo(HoldKind.SUBJECT_ACCESS_REQUEST);
    }
}
