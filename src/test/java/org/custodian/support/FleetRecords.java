package org.custodian.support;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.custodian.fleet.Camera;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Fleet;
import org.custodian.fleet.Officer;
import org.custodian.fleet.Rank;
import org.custodian.fleet.Unit;
import org.custodian.fleet.UnitCode;
import org.custodian.fleet.UnitKind;
import org.custodian.identity.Accounts;
import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;

/**
 * Makes fleet records and accounts with identifiers no other test uses, since tests share one database
 * per configuration. Build one per test class from the context's beans.
 */
public final class FleetRecords {

    public static final String PASSWORD = "records-test-password";

    private final Fleet fleet;
    private final CameraCustody custody;
    private final Accounts accounts;
    private final UnitCode unit;

    public FleetRecords(Fleet fleet, CameraCustody custody, Accounts accounts) {
        this.fleet = fleet;
        this.custody = custody;
        this.accounts = accounts;
        this.unit = fleet.registerUnit(new Unit(UnitCode.of(unique("U", 8)), "Test unit", UnitKind.BOROUGH, 10)).code();
    }

    public static String unique(String prefix, int length) {
        String random = UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT);
        return prefix + random.substring(0, length - prefix.length());
    }

    public String officer() {
        CollarNumber collar = CollarNumber.of(unique("PC", 10));
        fleet.registerOfficer(new Officer(collar, "Officer " + collar, Rank.PC, unit, true));
        return collar.value();
    }

    public String camera() {
        CameraSerial serial = CameraSerial.of(unique("CAM-", 14));
        custody.registerCamera(Camera.inService(serial, "Axis W110", "1.4.0"));
        return serial.value();
    }

    /** Records that {@code officer} held {@code camera} from {@code from} until {@code to} (null: still). */
    public void held(String camera, String officer, Instant from, Instant to) {
        custody.issue(CameraSerial.of(camera), CollarNumber.of(officer), from, to);
    }

    /** This instance's unit, which every officer it makes belongs to. */
    public String unit() {
        return unit.value();
    }

    /** A user holding only {@code role}; officers are linked to {@code collar}. */
    public String user(Role role, String collar) {
        return user(role, collar, null);
    }

    /** A user holding only {@code role}, linked to {@code collar} and to {@code unit} (what a supervisor oversees). */
    public String user(Role role, String collar, String unitCode) {
        String username = unique("u-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-", 36)
                .toLowerCase(Locale.ROOT);
        accounts.create(new StaffUser(username, "Test " + role.title(), Set.of(role), collar, unitCode, true), PASSWORD);
        return username;
    }
}
