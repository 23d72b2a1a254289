package org.custodian.evidence.web;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.QuarantineReviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reviews of quarantined clips. Evidence officers answer for the integrity of exhibits, so they (and
 * administrators) decide; each decision needs a written reason, as it may be challenged in court.
 */
@RestController
@RequestMapping("/api/v1/clips/{id}/quarantine")
@PreAuthorize(QuarantineController.REVIEWERS)
@Tag(name = "Evidence: quarantine", description = "Release quarantined clips or confirm them corrupt")
class QuarantineController {

    static final String REVIEWERS = "hasAnyRole('EVIDENCE_OFFICER', 'ADMINISTRATOR')";

    private final QuarantineReviews reviews;
    private final ClipCatalogue catalogue;

    QuarantineController(QuarantineReviews reviews, ClipCatalogue catalogue) {
        this.reviews = reviews;
        this.catalogue = catalogue;
    }

    record Decision(String reason) {
    }

    @PostMapping("/release")
    @Operation(summary = "Trust a quarantined clip as the camera's original; its device's claim stays on record")
    ClipJson release(@PathVariable String id, @RequestBody Decision decision) {
        return ClipJson.of(catalogue.requireCatalogued(reviews.release(ClipId.parse(id), decision.reason()).id()));
    }

    @PostMapping("/confirm")
    @Operation(summary = "Confirm a quarantined clip is not what the camera recorded; it stays quarantined")
    ClipJson confirm(@PathVariable String id, @RequestBody Decision decision) {
        return ClipJson.of(catalogue.requireCatalogued(
                reviews.confirmCorrupt(ClipId.parse(id), decision.reason()).id()));
    }
}
