package org.custodian.fleet;

import java.util.List;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.fleet.jdbc.Assignments;
import org.custodian.fleet.jdbc.Docks;
import org.custodian.fleet.jdbc.Officers;
import org.custodian.fleet.jdbc.Units;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force's organisation: units and their establishment, officers, docks, and roll-out progress.
 * Every change is validated, stored and audited in one transaction, so a refusal leaves nothing behind.
 * Cameras and who holds them are {@link CameraCustody}'s.
 */
@Component
public class Fleet {

    private final Units units;
    private final Officers officers;
    private final Docks docks;
    private final Assignments assignments;
    private final AuditLog audit;

    Fleet(Units units, Officers officers, Docks docks, Assignments assignments, AuditLog audit) {
        this.units = units;
        this.officers = officers;
        this.docks = docks;
        this.assignments = assignments;
        this.audit = audit;
    }

    @Transactional
    public Unit registerUnit(Unit unit) {
        if (units.exists(unit.code())) {
            throw new AlreadyRegisteredException("Unit", unit.code());
        }
        units.insert(unit);
        audit.record(AuditEvent.succeeded("unit.registered", "unit", unit.code()).with("name", unit.name())
                .with("kind", unit.kind()).with("establishment", unit.establishment()));
        return unit;
    }

    @Transactional
    public Unit reviseUnit(UnitCode code, String name, UnitKind kind, int establishment) {
        Unit revised = unit(code).revised(name, kind, establishment);
        units.update(revised);
        audit.record(AuditEvent.succeeded("unit.revised", "unit", code).with("name", revised.name())
                .with("kind", revised.kind()).with("establishment", revised.establishment()));
        return revised;
    }

    @Transactional(readOnly = true)
    public Unit unit(UnitCode code) {
        return units.find(code).orElseThrow(() -> new NotFoundException("Unit", code));
    }

    @Transactional(readOnly = true)
    public List<Unit> units() {
        return units.all();
    }

    @Transactional(readOnly = true)
    public Rollout rollout() {
        return Rollout.of(units.all(), assignments.issuedByUnit());
    }

    @Transactional
    public Officer registerOfficer(Officer officer) {
        requireUnit(officer.unit());
        if (officers.exists(officer.collarNumber())) {
            throw new AlreadyRegisteredException("Officer", officer.collarNumber());
        }
        officers.insert(officer);
        audit.record(AuditEvent.succeeded("officer.registered", "officer", officer.collarNumber())
                .with("name", officer.name()).with("rank", officer.rank()).with("unit", officer.unit())
                .with("active", officer.active()));
        return officer;
    }

    /** Locks the officer so a camera cannot be issued to them while they are being deactivated. */
    @Transactional
    public Officer changeOfficer(CollarNumber collar, OfficerChange change) {
        Officer before = officers.lock(collar).orElseThrow(() -> new NotFoundException("Officer", collar));
        if (change.unit() != null) {
            requireUnit(change.unit());
        }
        Officer after = before.changed(change.name(), change.rank(), change.unit());
        if (change.active() != null && change.active() != before.active()) {
            after = change.active() ? after.activated() : after.deactivated(assignments.heldBy(collar));
        }
        if (after.equals(before)) {
            return before;
        }
        officers.update(after);
        audit.record(AuditEvent.succeeded("officer.changed", "officer", collar).with("name", after.name())
                .with("rank", after.rank()).with("unit", after.unit()).with("active", after.active()));
        return after;
    }

    @Transactional(readOnly = true)
    public Officer officer(CollarNumber collar) {
        return officers.find(collar).orElseThrow(() -> new NotFoundException("Officer", collar));
    }

    /** The officer with {@code collar}, or empty: for callers to whom an unknown collar is an answer, not an error. */
    @Transactional(readOnly = true)
    public Optional<Officer> findOfficer(CollarNumber collar) {
        return officers.find(collar);
    }

    /** Officers of {@code unit}, or of every unit when it is null; an unknown unit is refused, not empty. */
    @Transactional(readOnly = true)
    public List<Officer> officers(UnitCode unit, Paging paging) {
        if (unit != null) {
            requireUnit(unit);
        }
        return officers.list(unit, paging);
    }

    @Transactional
    public Dock registerDock(Dock dock) {
        requireUnit(dock.unit());
        if (docks.exists(dock.code())) {
            throw new AlreadyRegisteredException("Dock", dock.code());
        }
        docks.insert(dock);
        audit.record(AuditEvent.succeeded("dock.registered", "dock", dock.code()).with("site", dock.site())
                .with("unit", dock.unit()).with("bays", dock.bays()).with("host", dock.host()));
        return dock;
    }

    @Transactional(readOnly = true)
    public Dock dock(DockCode code) {
        return docks.find(code).orElseThrow(() -> new NotFoundException("Dock", code));
    }

    @Transactional(readOnly = true)
    public List<Dock> docks() {
        return docks.all();
    }

    private void requireUnit(UnitCode code) {
        if (!units.exists(code)) {
            throw new NotFoundException("Unit", code);
        }
    }
}
