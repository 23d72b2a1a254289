package org.custodian.fleet.web;

import java.util.function.Supplier;

import org.custodian.fleet.Camera;
import org.custodian.fleet.CameraChange;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CameraStatus;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Dock;
import org.custodian.fleet.DockCode;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.Officer;
import org.custodian.fleet.Rank;
import org.custodian.fleet.Unit;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.UnitKind;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fleet pages' forms. Each posts, goes through the same service as the API, and redirects back with
 * a notice or with the refusal's message, so a reload never repeats a change.
 */
@Controller
@RequestMapping("/fleet")
class FleetForms {

    private final Fleet fleet;
    private final CameraCustody custody;

    FleetForms(Fleet fleet, CameraCustody custody) {
        this.fleet = fleet;
        this.custody = custody;
    }

    @PostMapping("/units")
    @PreAuthorize(FleetRoles.ADMINISTER)
    String registerUnit(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String establishment,
            RedirectAttributes flash) {
        return attempt(flash, "/fleet/units", () -> "Registered unit " + fleet.registerUnit(new Unit(UnitCode.of(code),
                name, UnitKind.parse(kind), number(establishment, "Establishment"))).code());
    }

    @PostMapping("/officers")
    @PreAuthorize(FleetRoles.ADMINISTER)
    String registerOfficer(@RequestParam(defaultValue = "") String collarNumber,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String rank,
            @RequestParam(defaultValue = "") String unit, RedirectAttributes flash) {
        return attempt(flash, "/fleet/officers", () -> "Registered officer " + fleet.registerOfficer(new Officer(
                CollarNumber.of(collarNumber), name, Rank.parse(rank), UnitCode.of(unit), true)).collarNumber());
    }

    @PostMapping("/cameras")
    @PreAuthorize(FleetRoles.ADMINISTER)
    String registerCamera(@RequestParam(defaultValue = "") String serial, @RequestParam(defaultValue = "") String model,
            @RequestParam(defaultValue = "") String firmware, RedirectAttributes flash) {
        return attempt(flash, "/fleet/cameras", () -> "Registered camera " + custody.registerCamera(
                Camera.inService(CameraSerial.of(serial), model, firmware)).serial());
    }

    @PostMapping("/cameras/{serial}/issue")
    @PreAuthorize(FleetRoles.ISSUE)
    String issue(@PathVariable String serial, @RequestParam(defaultValue = "") String officer,
            RedirectAttributes flash) {
        CameraSerial camera = CameraSerial.of(serial);
        return attempt(flash, "/fleet/cameras/" + camera, () -> "Issued " + camera + " to "
                + custody.issue(camera, CollarNumber.of(officer), null, null).officer());
    }

    @PostMapping("/cameras/{serial}/return")
    @PreAuthorize(FleetRoles.ISSUE)
    String returnCamera(@PathVariable String serial, RedirectAttributes flash) {
        CameraSerial camera = CameraSerial.of(serial);
        return attempt(flash, "/fleet/cameras/" + camera, () -> "Returned " + camera + " from "
                + custody.returnCamera(camera, null).officer());
    }

    @PostMapping("/cameras/{serial}/status")
    @PreAuthorize(FleetRoles.ADMINISTER + " or (hasRole('SUPERVISOR') and (#status == 'FAULTY' or #status == 'LOST'))")
    String changeStatus(@PathVariable String serial, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        CameraSerial camera = CameraSerial.of(serial);
        return attempt(flash, "/fleet/cameras/" + camera, () -> "Camera " + camera + " is now "
                + custody.change(camera, CameraChange.status(CameraStatus.parse(status), reason)).status().title());
    }

    @PostMapping("/docks")
    @PreAuthorize(FleetRoles.ADMINISTER)
    String registerDock(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String site,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String bays,
            @RequestParam(defaultValue = "") String address, RedirectAttributes flash) {
        return attempt(flash, "/fleet/docks", () -> "Registered dock " + fleet.registerDock(new Dock(DockCode.of(code),
                site, UnitCode.of(unit), number(bays, "Bays"), address, null)).code());
    }

    private static String attempt(RedirectAttributes flash, String target, Supplier<String> change) {
        try {
            flash.addFlashAttribute("notice", change.get());
        } catch (InvalidValueException | RuleViolationException | NotFoundException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }

    private static int number(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(what + " must be a whole number");
        }
    }
}
