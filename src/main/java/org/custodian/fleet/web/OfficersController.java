package org.custodian.fleet.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.Officer;
import org.custodian.fleet.OfficerChange;
import org.custodian.fleet.Paging;
import org.custodian.fleet.Rank;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.web.FleetJson.AssignmentJson;
import org.custodian.fleet.web.FleetJson.OfficerJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/officers")
@Tag(name = "Fleet: officers", description = "Officers who carry cameras, and the cameras each has held")
@PreAuthorize(FleetRoles.READ)
class OfficersController {

    private final Fleet fleet;
    private final CameraCustody custody;

    OfficersController(Fleet fleet, CameraCustody custody) {
        this.fleet = fleet;
        this.custody = custody;
    }

    /** {@code rank}: one of SPECIAL, PCSO, PC, SGT, INSP, CI, SUPT, CHIEF_SUPT; {@code active} defaults to true. */
    record NewOfficer(@NotBlank String collarNumber, @NotBlank String name, @NotBlank String rank,
            @NotBlank String unit, Boolean active) {
    }

    /** Fields left out stay as they are. Deactivating an officer who holds a camera is refused. */
    record OfficerPatch(@Size(min = 1, max = 200) String name, String rank, String unit, Boolean active) {
    }

    @GetMapping
    @Operation(summary = "List officers by collar number, optionally of one unit")
    List<OfficerJson> officers(@RequestParam(required = false) String unit,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return fleet.officers(unit == null ? null : UnitCode.of(unit), new Paging(page, size)).stream()
                .map(OfficerJson::of).toList();
    }

    @PostMapping
    @PreAuthorize(FleetRoles.ADMINISTER)
    @Operation(summary = "Register an officer (administrators)")
    ResponseEntity<OfficerJson> register(@Valid @RequestBody NewOfficer body) {
        Officer officer = fleet.registerOfficer(new Officer(CollarNumber.of(body.collarNumber()), body.name(),
                Rank.parse(body.rank()), UnitCode.of(body.unit()), body.active() == null || body.active()));
        return ResponseEntity.created(URI.create("/api/v1/officers/" + officer.collarNumber()))
                .body(OfficerJson.of(officer));
    }

    @GetMapping("/{collarNumber}")
    @Operation(summary = "Read one officer")
    OfficerJson officer(@PathVariable String collarNumber) {
        return OfficerJson.of(fleet.officer(CollarNumber.of(collarNumber)));
    }

    @PatchMapping("/{collarNumber}")
    @PreAuthorize(FleetRoles.ADMINISTER)
    @Operation(summary = "Change an officer's name, rank, unit or active flag (administrators)")
    OfficerJson change(@PathVariable String collarNumber, @Valid @RequestBody OfficerPatch body) {
        OfficerChange change = new OfficerChange(body.name(), body.rank() == null ? null : Rank.parse(body.rank()),
                body.unit() == null ? null : UnitCode.of(body.unit()), body.active());
        return OfficerJson.of(fleet.changeOfficer(CollarNumber.of(collarNumber), change));
    }

    @GetMapping("/{collarNumber}/assignments")
    @Operation(summary = "Every camera the officer has held, oldest first")
    List<AssignmentJson> assignments(@PathVariable String collarNumber) {
        return custody.assignmentsOf(CollarNumber.of(collarNumber)).stream().map(AssignmentJson::of).toList();
    }
}
