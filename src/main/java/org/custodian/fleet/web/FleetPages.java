package org.custodian.fleet.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.custodian.fleet.Assignment;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CameraStatus;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.Paging;
import org.custodian.fleet.Rank;
import org.custodian.fleet.UnitCode;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The fleet's read pages, server-rendered. Changes made from them go through {@link FleetForms}. */
@Controller
@RequestMapping("/fleet")
@PreAuthorize(FleetRoles.READ)
class FleetPages {

    static final int PAGE_SIZE = 100;

    private final Fleet fleet;
    private final CameraCustody custody;

    FleetPages(Fleet fleet, CameraCustody custody) {
        this.fleet = fleet;
        this.custody = custody;
    }

    @GetMapping("/units")
    String units(Model model) {
        model.addAttribute("rollout", fleet.rollout());
        return "fleet/units";
    }

    @GetMapping("/officers")
    String officers(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
            Model model) {
        UnitCode selected = unit == null || unit.isBlank() ? null : UnitCode.of(unit);
        model.addAttribute("officers", fleet.officers(selected, new Paging(page, PAGE_SIZE)));
        model.addAttribute("units", fleet.units());
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("selectedUnit", selected == null ? "" : selected.value());
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "fleet/officers";
    }

    @GetMapping("/cameras")
    String cameras(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        CameraStatus selected = status == null || status.isBlank() ? null : CameraStatus.parse(status);
        model.addAttribute("cameras", custody.cameras(selected, new Paging(page, PAGE_SIZE)));
        model.addAttribute("statuses", CameraStatus.values());
        model.addAttribute("selectedStatus", selected == null ? "" : selected.name());
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "fleet/cameras";
    }

    @GetMapping("/cameras/{serial}")
    String camera(@PathVariable String serial, Model model) {
        CameraSerial camera = CameraSerial.of(serial);
        model.addAttribute("overview", custody.camera(camera));
        List<Assignment> newestFirst = new ArrayList<>(custody.history(camera).all());
        Collections.reverse(newestFirst);
        model.addAttribute("assignments", newestFirst);
        model.addAttribute("statuses", CameraStatus.values());
        return "fleet/camera";
    }

    @GetMapping("/docks")
    String docks(Model model) {
        model.addAttribute("docks", fleet.docks());
        model.addAttribute("units", fleet.units());
        return "fleet/docks";
    }

    @ExceptionHandler({NotFoundException.class, InvalidValueException.class})
    String problem(RuntimeException e, HttpServletResponse response, Model model) {
        response.setStatus(e instanceof NotFoundException ? 404 : 400);
        model.addAttribute("message", e.getMessage());
        return "fleet/problem";
    }
}
