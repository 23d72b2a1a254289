package org.custodian.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.custodian.fleet.Camera;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Dock;
import org.custodian.fleet.DockCode;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.MetropolitanUnits;
import org.custodian.fleet.Officer;
import org.custodian.fleet.Rank;
import org.custodian.fleet.Unit;
import org.custodian.fleet.UnitCode;

/**
 * A Met-like fleet: the 32 boroughs and five specialist commands, each with a pilot establishment, a
 * few officers and cameras per unit, and issue histories so roll-out progress differs between units.
 */
final class DemoFleet {

    static final String OFFICER_UNIT = "CW";
    static final String OFFICER_COLLAR = "PC4821";
    static final String SUPERVISOR_COLLAR = "SGT1107";
    private static final List<String> NAMES = List.of("Aisha Patel", "Tom Hughes", "Grace Okafor", "Liam Byrne",
            "Priya Nair", "Sam Clarke", "Hannah Reid", "Kwame Mensah", "Zoe Turner", "Omar Farouk");

    private final Fleet fleet;
    private final CameraCustody custody;
    private final Clock clock;

    DemoFleet(Fleet fleet, CameraCustody custody, Clock clock) {
        this.fleet = fleet;
        this.custody = custody;
        this.clock = clock;
    }

    boolean alreadyLoaded() {
        return !fleet.units().isEmpty();
    }

    void load() {
        List<Unit> units = MetropolitanUnits.all(code -> 12);
        Instant issuedAt = clock.instant().minus(Duration.ofDays(30));
        for (int u = 0; u < units.size(); u++) {
            Unit unit = fleet.registerUnit(units.get(u));
            boolean showcase = unit.code().value().equals(OFFICER_UNIT);
            int officers = showcase ? 8 : 2 + u % 4;
            int issued = showcase ? 6 : u % 4;
            for (int n = 0; n < officers; n++) {
                CollarNumber collar = collar(unit, n, showcase);
                fleet.registerOfficer(new Officer(collar, NAMES.get((u + n) % NAMES.size()),
                        showcase && n == 1 ? Rank.SGT : Rank.PC, unit.code(), true));
                CameraSerial serial = CameraSerial.of("AXW110-" + unit.code().value() + "-" + (100 + n));
                custody.registerCamera(Camera.inService(serial, "AXIS W110", "11.2.68"));
                if (n < issued) {
                    custody.issue(serial, collar, issuedAt.plus(Duration.ofHours(n)), null);
                }
            }
            fleet.registerDock(new Dock(DockCode.of(unit.code().value() + "-DOCK-1"),
                    unit.name() + " police station", unit.code(), 8, null, null));
        }
    }

    private static CollarNumber collar(Unit unit, int n, boolean showcase) {
        if (showcase && n == 0) {
            return CollarNumber.of(OFFICER_COLLAR);
        }
        if (showcase && n == 1) {
            return CollarNumber.of(SUPERVISOR_COLLAR);
        }
        return CollarNumber.of("PC" + unit.code().value() + (100 + n));
    }
}
