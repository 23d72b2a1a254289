package org.custodian.evidence.web;

import java.time.Instant;
import java.util.List;

import org.custodian.evidence.CadIncidentNumber;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipReview;
import org.custodian.evidence.Incident;
import org.custodian.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Grouping clips of several officers into one incident, as a person confirms it. */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'ADMINISTRATOR')")
@Tag(name = "Evidence: incidents", description = "Clips of several officers at one incident")
class IncidentsController {

    private final ClipReview review;
    private final Viewers viewers;

    IncidentsController(ClipReview review, Viewers viewers) {
        this.review = review;
        this.viewers = viewers;
    }

    record IncidentRequest(List<String> clips, String cadIncident) {
    }

    record IncidentJson(String id, List<String> clips, String cadIncident, String confirmedBy, Instant confirmedAt) {

        static IncidentJson of(Incident i) {
            return new IncidentJson(i.id().toString(), i.clips().stream().map(ClipId::toString).toList(),
                    i.cadIncident() == null ? null : i.cadIncident().value(), i.confirmedBy(), i.confirmedAt());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Confirm that clips show one incident (you must be allowed to change every one of them)")
    IncidentJson confirm(@RequestBody IncidentRequest request, Authentication who) {
        if (request.clips() == null) {
            throw new InvalidValueException("Give the ids of the clips ('clips') that show the incident");
        }
        List<ClipId> ids = request.clips().stream().map(ClipId::parse).toList();
        return IncidentJson.of(review.confirmIncident(viewers.of(who), ids, CadIncidentNumber.of(request.cadIncident())));
    }
}
