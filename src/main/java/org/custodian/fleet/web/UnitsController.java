package org.custodian.fleet.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.custodian.fleet.Fleet;
import org.custodian.fleet.Unit;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.UnitKind;
import org.custodian.fleet.web.FleetJson.RolloutJson;
import org.custodian.fleet.web.FleetJson.UnitJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Fleet: units", description = "Boroughs and specialist commands, their establishment and roll-out progress")
@PreAuthorize(FleetRoles.READ)
class UnitsController {

    private final Fleet fleet;

    UnitsController(Fleet fleet) {
        this.fleet = fleet;
    }

    /** {@code kind}: BOROUGH or SPECIALIST_COMMAND; {@code establishment}: officers who should carry a camera. */
    record NewUnit(@NotBlank String code, @NotBlank String name, @NotBlank String kind,
            @NotNull @PositiveOrZero Integer establishment) {
    }

    record UnitRevision(@NotBlank String name, @NotBlank String kind, @NotNull @PositiveOrZero Integer establishment) {
    }

    @GetMapping("/units")
    @Operation(summary = "List units, boroughs first")
    List<UnitJson> units() {
        return fleet.units().stream().map(UnitJson::of).toList();
    }

    @PostMapping("/units")
    @PreAuthorize(FleetRoles.ADMINISTER)
    @Operation(summary = "Register a unit (administrators)")
    ResponseEntity<UnitJson> register(@Valid @RequestBody NewUnit body) {
        Unit unit = fleet.registerUnit(new Unit(UnitCode.of(body.code()), body.name(), UnitKind.parse(body.kind()),
                body.establishment()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.code())).body(UnitJson.of(unit));
    }

    @GetMapping("/units/{code}")
    @Operation(summary = "Read one unit")
    UnitJson unit(@PathVariable String code) {
        return UnitJson.of(fleet.unit(UnitCode.of(code)));
    }

    @PutMapping("/units/{code}")
    @PreAuthorize(FleetRoles.ADMINISTER)
    @Operation(summary = "Change a unit's name, kind and establishment (administrators)")
    UnitJson revise(@PathVariable String code, @Valid @RequestBody UnitRevision body) {
        return UnitJson.of(fleet.reviseUnit(UnitCode.of(code), body.name(), UnitKind.parse(body.kind()),
                body.establishment()));
    }

    @GetMapping("/rollout")
    @Operation(summary = "Roll-out progress: per unit, cameras issued to its officers now against its establishment, "
            + "and the total")
    RolloutJson rollout() {
        return RolloutJson.of(fleet.rollout());
    }
}
