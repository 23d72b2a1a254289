package org.custodian.evidence.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.evidence.Clip;
import org.custodian.evidence.ClipCatalogue;
import org.custodian.evidence.ClipId;
import org.custodian.evidence.ClipSection;
import org.custodian.evidence.ClipStatus;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Paging;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Clips by camera or officer. All staff may look except external prosecutors (they see only what is
 * shared with them); an officer with no other role sees only their own clips. Every read is audited:
 * who looked at footage records, and when, is itself evidence.
 */
@RestController
@RequestMapping("/api/v1/clips")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'EVIDENCE_OFFICER', 'DATA_PROTECTION_OFFICER', "
        + "'PROFESSIONAL_STANDARDS', 'AUDITOR', 'ADMINISTRATOR')")
@Tag(name = "Evidence: clips", description = "Clips received, by camera or officer")
class ClipsController {

    /** Roles that see every clip; an officer with none of them sees only their own. */
    private static final Set<Role> SEE_ALL = Set.of(Role.SUPERVISOR, Role.EVIDENCE_OFFICER,
            Role.DATA_PROTECTION_OFFICER, Role.PROFESSIONAL_STANDARDS, Role.AUDITOR, Role.ADMINISTRATOR);

    private final ClipCatalogue catalogue;
    private final Accounts accounts;
    private final AuditLog audit;
    private final List<ClipSection> sections;

    ClipsController(ClipCatalogue catalogue, Accounts accounts, AuditLog audit, List<ClipSection> sections) {
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.audit = audit;
        this.sections = sections;
    }

    @GetMapping
    @Operation(summary = "Clips of a camera (or of an officer), newest recording first")
    List<ClipJson> list(@RequestParam(required = false) String camera, @RequestParam(required = false) String officer,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
            Authentication who) {
        Paging paging = new Paging(page, size);
        Viewer viewer = viewer(who);
        CollarNumber requested = officer == null ? null : CollarNumber.of(officer);
        if (!viewer.seesAll() && (viewer.collar() == null || (requested != null && !requested.equals(viewer.collar())))) {
            audit.record(AuditEvent.denied("clip.listed", "officer", String.valueOf(requested)));
            return List.of();
        }
        CollarNumber byOfficer = viewer.seesAll() ? requested : viewer.collar();
        List<Clip> clips;
        AuditEvent event;
        if (camera != null) {
            CameraSerial serial = CameraSerial.of(camera);
            clips = catalogue.ofCamera(serial, byOfficer, paging);
            event = AuditEvent.succeeded("clip.listed", "camera", serial);
        } else if (byOfficer != null) {
            clips = catalogue.ofOfficer(byOfficer, paging);
            event = AuditEvent.succeeded("clip.listed", "officer", byOfficer);
        } else {
            throw new InvalidValueException("Give a camera (serial) or an officer (collar number) to list clips of");
        }
        audit.record(event.with("count", clips.size()).with("page", page));
        return clips.stream().map(ClipJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One clip")
    ClipJson one(@PathVariable String id, Authentication who) {
        ClipId clipId = ClipId.parse(id);
        Clip clip = catalogue.require(clipId);
        if (clip.status() == ClipStatus.DELETED) {
            // A tombstone is not footage: its deletion receipt is in the audit log (uk-rules RET-02).
            throw new NotFoundException("Clip", clipId);
        }
        Viewer viewer = viewer(who);
        if (!viewer.seesAll() && (viewer.collar() == null || !viewer.collar().equals(clip.recording().officer()))) {
            audit.record(AuditEvent.denied("clip.read", "clip", clipId));
            throw new NotFoundException("Clip", clipId);
        }
        audit.record(AuditEvent.succeeded("clip.read", "clip", clipId));
        Map<String, Object> more = new LinkedHashMap<>();
        for (ClipSection section : sections) {
            Object value = section.of(clip);
            if (value != null) {
                more.put(section.name(), value);
            }
        }
        return ClipJson.of(clip, more);
    }

    /** Who is asking: someone who sees every clip, or an officer limited to their own collar number (if any). */
    private record Viewer(boolean seesAll, CollarNumber collar) {
    }

    private Viewer viewer(Authentication who) {
        StaffUser user = accounts.require(who.getName());
        return new Viewer(user.roles().stream().anyMatch(SEE_ALL::contains),
                user.collarNumber() == null ? null : CollarNumber.of(user.collarNumber()));
    }
}
