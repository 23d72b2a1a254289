package org.custodian.fleet.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.custodian.fleet.Camera;
import org.custodian.fleet.CameraChange;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CameraStatus;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Paging;
import org.custodian.fleet.web.FleetJson.AssignmentJson;
import org.custodian.fleet.web.FleetJson.CameraJson;
import org.custodian.fleet.web.FleetJson.HolderJson;
import org.custodian.shared.InvalidValueException;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/cameras")
@Tag(name = "Fleet: cameras", description = "Cameras, their status, and who held each one when")
@PreAuthorize(FleetRoles.READ)
class CamerasController {

    private final CameraCustody custody;
    private final Clock clock;

    CamerasController(CameraCustody custody, Clock clock) {
        this.custody = custody;
        this.clock = clock;
    }

    /** A new camera is IN_SERVICE. */
    record NewCamera(@NotBlank String serial, @NotBlank String model, @NotBlank String firmware) {
    }

    /** Fields left out stay as they are; {@code status} (IN_SERVICE, FAULTY, LOST, RETIRED) needs a {@code reason}. */
    record CameraPatch(String model, String firmware, String status, String reason) {

        CameraChange toChange() {
            return new CameraChange(model, firmware, status == null ? null : CameraStatus.parse(status), reason);
        }

        /** Read by the authorisation rule before the body is checked: an unknown status is simply not a report. */
        public boolean onlyReportsFaultOrLoss() {
            try {
                return toChange().onlyReportsFaultOrLoss();
            } catch (InvalidValueException e) {
                return false;
            }
        }
    }

    /** Without {@code to} the camera is issued now (or from {@code from}); with it, past history is recorded. */
    record NewAssignment(@NotBlank String officer, Instant from, Instant to) {
    }

    record CameraReturn(Instant at) {
    }

    @GetMapping
    @Operation(summary = "List cameras by serial, optionally with one status, each with its current holder")
    List<CameraJson> cameras(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return custody.cameras(status == null ? null : CameraStatus.parse(status), new Paging(page, size)).stream()
                .map(CameraJson::of).toList();
    }

    @PostMapping
    @PreAuthorize(FleetRoles.ADMINISTER)
    @Operation(summary = "Register a camera (administrators)")
    ResponseEntity<CameraJson> register(@Valid @RequestBody NewCamera body) {
        Camera camera = custody.registerCamera(Camera.inService(CameraSerial.of(body.serial()), body.model(),
                body.firmware()));
        return ResponseEntity.created(URI.create("/api/v1/cameras/" + camera.serial()))
                .body(CameraJson.of(custody.camera(camera.serial())));
    }

    @GetMapping("/{serial}")
    @Operation(summary = "Read one camera and its current holder")
    CameraJson camera(@PathVariable String serial) {
        return CameraJson.of(custody.camera(CameraSerial.of(serial)));
    }

    @PatchMapping("/{serial}")
    @PreAuthorize(FleetRoles.ADMINISTER + " or (hasRole('SUPERVISOR') and #body.onlyReportsFaultOrLoss())")
    @Operation(summary = "Change model, firmware or status (administrators; supervisors may mark a camera FAULTY or "
            + "LOST). Marking a held camera LOST ends its assignment; FAULTY or RETIRED needs it returned first")
    CameraJson change(@PathVariable String serial, @RequestBody CameraPatch body) {
        CameraSerial camera = CameraSerial.of(serial);
        custody.change(camera, body.toChange());
        return CameraJson.of(custody.camera(camera));
    }

    @GetMapping("/{serial}/assignments")
    @Operation(summary = "Who held the camera from when to when, oldest first")
    List<AssignmentJson> assignments(@PathVariable String serial) {
        return custody.history(CameraSerial.of(serial)).all().stream().map(AssignmentJson::of).toList();
    }

    @PostMapping("/{serial}/assignments")
    @PreAuthorize(FleetRoles.ISSUE)
    @Operation(summary = "Issue the camera to an officer, or record a past assignment (administrators, supervisors)")
    ResponseEntity<AssignmentJson> issue(@PathVariable String serial, @Valid @RequestBody NewAssignment body) {
        CameraSerial camera = CameraSerial.of(serial);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/cameras/" + camera + "/assignments"))
                .body(AssignmentJson.of(custody.issue(camera, CollarNumber.of(body.officer()), body.from(), body.to())));
    }

    @PostMapping("/{serial}/return")
    @PreAuthorize(FleetRoles.ISSUE)
    @Operation(summary = "Take the camera back from its holder, now or at {at} (administrators, supervisors)")
    AssignmentJson returnCamera(@PathVariable String serial, @RequestBody(required = false) CameraReturn body) {
        return AssignmentJson.of(custody.returnCamera(CameraSerial.of(serial), body == null ? null : body.at()));
    }

    @GetMapping("/{serial}/holder")
    @Operation(summary = "Who held the camera at an instant (default now): how footage is attributed")
    HolderJson holder(@PathVariable String serial, @RequestParam(required = false) Instant at) {
        CameraSerial camera = CameraSerial.of(serial);
        Instant instant = at == null ? clock.instant() : at;
        return HolderJson.of(camera, instant, custody.holderAt(camera, instant));
    }
}
