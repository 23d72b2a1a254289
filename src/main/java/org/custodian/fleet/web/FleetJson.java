package org.custodian.fleet.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.custodian.fleet.Assignment;
import org.custodian.fleet.CameraOverview;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.Dock;
import org.custodian.fleet.Officer;
import org.custodian.fleet.Rollout;
import org.custodian.fleet.Unit;

/** The fleet as the API shows it: identifiers as plain strings, instants in ISO-8601 UTC. */
final class FleetJson {

    private FleetJson() {
    }

    record UnitJson(String code, String name, String kind, int establishment) {
        static UnitJson of(Unit u) {
            return new UnitJson(u.code().value(), u.name(), u.kind().name(), u.establishment());
        }
    }

    record OfficerJson(String collarNumber, String name, String rank, String unit, boolean active) {
        static OfficerJson of(Officer o) {
            return new OfficerJson(o.collarNumber().value(), o.name(), o.rank().name(), o.unit().value(), o.active());
        }
    }

    /** {@code holder} and {@code heldSince} are null while the camera is not issued. */
    record CameraJson(String serial, String model, String firmware, String status, String holder, Instant heldSince) {
        static CameraJson of(CameraOverview c) {
            Optional<Assignment> current = c.current();
            return new CameraJson(c.camera().serial().value(), c.camera().model(), c.camera().firmware(),
                    c.camera().status().name(), current.map(a -> a.officer().value()).orElse(null),
                    current.map(Assignment::from).orElse(null));
        }
    }

    /** {@code to} is null while the officer still holds the camera. */
    record AssignmentJson(String camera, String officer, Instant from, Instant to) {
        static AssignmentJson of(Assignment a) {
            return new AssignmentJson(a.camera().value(), a.officer().value(), a.from(), a.to());
        }
    }

    /** {@code officer}, {@code from} and {@code to} are null when nobody held the camera at {@code at}. */
    record HolderJson(String camera, Instant at, String officer, Instant from, Instant to) {
        static HolderJson of(CameraSerial camera, Instant at, Optional<Assignment> held) {
            return new HolderJson(camera.value(), at, held.map(a -> a.officer().value()).orElse(null),
                    held.map(Assignment::from).orElse(null), held.map(Assignment::to).orElse(null));
        }
    }

    record DockJson(String code, String site, String unit, int bays, String address, String host) {
        static DockJson of(Dock d) {
            return new DockJson(d.code().value(), d.site(), d.unit().value(), d.bays(), d.address(), d.host());
        }
    }

    record ProgressJson(String unit, String name, String kind, int establishment, int issued, int percent) {
    }

    record RolloutJson(List<ProgressJson> units, ProgressJson total) {
        static RolloutJson of(Rollout r) {
            return new RolloutJson(r.units().stream()
                    .map(u -> new ProgressJson(u.unit().code().value(), u.unit().name(), u.unit().kind().name(),
                            u.progress().establishment(), u.progress().issued(), u.progress().percent()))
                    .toList(),
                    new ProgressJson(null, "All units", null, r.total().establishment(), r.total().issued(),
                            r.total().percent()));
        }
    }
}
