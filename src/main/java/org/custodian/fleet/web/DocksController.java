package org.custodian.fleet.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.custodian.fleet.Dock;
import org.custodian.fleet.DockCode;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.web.FleetJson.DockJson;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/docks")
@Tag(name = "Fleet: docks", description = "Docking stations, the sites they stand in and their bays")
@PreAuthorize(FleetRoles.READ)
class DocksController {

    private final Fleet fleet;

    DocksController(Fleet fleet) {
        this.fleet = fleet;
    }

    /** {@code host}: the dock's network name or address, when known. */
    record NewDock(@NotBlank String code, @NotBlank String site, @NotBlank String unit, @NotNull @Positive Integer bays,
            String address, String host) {
    }

    @GetMapping
    @Operation(summary = "List docks by unit and site")
    List<DockJson> docks() {
        return fleet.docks().stream().map(DockJson::of).toList();
    }

    @PostMapping
    @PreAuthorize(FleetRoles.ADMINISTER)
    @Operation(summary = "Register a dock (administrators)")
    ResponseEntity<DockJson> register(@Valid @RequestBody NewDock body) {
        Dock dock = fleet.registerDock(new Dock(DockCode.of(body.code()), body.site(), UnitCode.of(body.unit()),
                body.bays(), body.address(), body.host()));
        return ResponseEntity.created(URI.create("/api/v1/docks/" + dock.code())).body(DockJson.of(dock));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Read one dock")
    DockJson dock(@PathVariable String code) {
        return DockJson.of(fleet.dock(DockCode.of(code)));
    }
}
