package org.custodian.retention.web;

import java.time.Instant;
import java.util.List;

import org.custodian.retention.DeletionReceipt;
import org.custodian.retention.Hold;
import org.custodian.retention.Restriction;
import org.custodian.retention.RetentionSchedule.ClipRetention;
import org.custodian.retention.RetentionSchedule.Due;

/** A clip's retention as the API shows it; {@code deletedAt} once the clip is gone, when its receipt was written. */
record RetentionJson(String category, String rule, int policyVersion, Instant deleteAfter, Instant reviewAt,
        List<HoldJson> holds, String state, Instant deletedAt, RestrictionJson restriction) {

    static RetentionJson of(ClipRetention r) {
        var d = r.decision();
        String state = r.deletion().map(x -> x.state().name().equals("DONE") ? "DELETED" : "DELETING")
                .orElse(r.restriction().isPresent() ? "RESTRICTED" : d.held() ? "HELD" : d.deleteAfter() == null ? "KEPT_UNTIL_REVIEW" : "SCHEDULED");
        return new RetentionJson(d.category(), d.rule(), d.policyVersion(), d.deleteAfter(), d.reviewAt(),
                d.holds().stream().map(HoldJson::of).toList(), state,
                r.deletion().map(x -> x.deletedAt()).orElse(null),
                r.restriction().map(RestrictionJson::of).orElse(null));
    }

    /** A restriction of the clip's processing (DPA 2018 s.47(2)): kept, not deleted, opened by few. */
    record RestrictionJson(long id, String clipId, String reason, String placedBy, Instant placedAt, String liftedBy,
            Instant liftedAt, String liftReason) {

        static RestrictionJson of(Restriction r) {
            return new RestrictionJson(r.id(), r.clip().toString(), r.reason(), r.placedBy(), r.placedAt(),
                    r.liftedBy(), r.liftedAt(), r.liftReason());
        }
    }

    record HoldJson(long id, String clipId, String kind, String reference, String reason, String placedBy,
            Instant placedAt, String releasedBy, Instant releasedAt, String releaseReason) {

        static HoldJson of(Hold h) {
            return new HoldJson(h.id(), h.clip().toString(), h.kind().name(), h.reference(), h.reason(), h.placedBy(),
                    h.placedAt(), h.releasedBy(), h.releasedAt(), h.releaseReason());
        }
    }

    record DueJson(String clipId, String officer, String unit, String camera, String category, String rule,
            Instant recordedAt, Instant deleteAfter) {

        static DueJson of(Due d) {
            var c = d.clip();
            return new DueJson(c.id().toString(), c.officer(), c.unit(), c.camera(), d.decision().category(),
                    d.decision().rule(), c.recordedAt(), d.decision().deleteAfter());
        }
    }

    record ReceiptJson(String clipId, String sha256, String camera, Instant recordedAt, Instant deleteAfter,
            Instant deletedAt, String rule, int policyVersion, Long deletionRequest) {

        static ReceiptJson of(DeletionReceipt r) {
            return new ReceiptJson(r.clip().toString(), r.sha256().hex(), r.camera(), r.recordedAt(), r.deleteAfter(),
                    r.deletedAt(), r.rule(), r.policyVersion(), r.request());
        }
    }
}
