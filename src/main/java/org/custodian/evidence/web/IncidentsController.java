package org.custodian.evidence.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.ClipAccessPolicy;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.Viewer;
import org.custodian.shared.NotFoundException;

import org.custodian.evidence.CadIncidentNumber;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipReview;
import org.custodian.evidence.Incident;
import org.custodian.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Grouping clips of several officers into one incident, as a person confirms it; reading a group shows each person
 * only the clips in it they may see.
 */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
@Tag(name = "Evidence: incidents", description = "Clips of several officers at one incident")
class IncidentsController {

    private final ClipReview review;
    private final ClipCatalogue catalogue;
    private final Viewers viewers;
    private final AuditLog audit;

    IncidentsController(ClipReview review, ClipCatalogue catalogue, Viewers viewers, AuditLog audit) {
        this.review = review;
        this.catalogue = catalogue;
        this.viewers = viewers;
        this.audit = audit;
    }

    @GetMapping("/{id}")
    @Operation(summary = "An incident, listing only the clips you may see (404 when you may see none of them)")
    IncidentJson one(@PathVariable String id, Authentication who) {
        UUID incidentId;
        try {
            incidentId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("'" + id + "' is not an incident id (a UUID)");
        }
        Viewer viewer = viewers.of(who);
        Incident incident = review.incident(incidentId);
        List<ClipId> visible = incident.clips().stream().filter(clip -> catalogue.findCatalogued(clip)
                .map(c -> ClipAccessPolicy.toOpen(viewer, c.clip().recording().officer(), c.unit())
                        != ClipAccessPolicy.Access.REFUSED)
                .orElse(false)).toList();
        if (visible.isEmpty()) {
            audit.record(AuditEvent.denied("incident.read", "incident", incidentId));
            throw new NotFoundException("Incident", incidentId);
        }
        audit.record(AuditEvent.succeeded("incident.read", "incident", incidentId).with("clips", visible.size()));
        IncidentJson all = IncidentJson.of(incident);
        return new IncidentJson(all.id(), visible.stream().map(ClipId::toString).toList(), all.cadIncident(),
                all.confirmedBy(), all.confirmedAt());
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
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'ADMINISTRATOR')")
    @Operation(summary = "Confirm that clips show one incident (you must be allowed to change every one of them)")
    IncidentJson confirm(@RequestBody IncidentRequest request, Authentication who) {
        if (request.clips() == null) {
            throw new InvalidValueException("Give the ids of the clips ('clips') that show the incident");
        }
        List<ClipId> ids = request.clips().stream().map(ClipId::parse).toList();
        return IncidentJson.of(review.confirmIncident(viewers.of(who), ids, CadIncidentNumber.of(request.cadIncident())));
    }
}
