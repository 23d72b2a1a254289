package org.custodian.ingest.axis;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.fleet.Camera;
import org.custodian.fleet.CameraChange;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.CameraStatus;
import org.custodian.fleet.CollarNumber;
import org.custodian.fleet.Fleet;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the body worn system's {@code Users} and {@code Devices} in step with the fleet. A user is linked
 * to the officer whose collar number is its user-supplied ID, and kept unlinked (but kept) when there is
 * none, since the fleet may learn of the officer later. A device is the fleet's camera: registered when new,
 * its model updated when it changes. Each change is audited with what the system said. {@code Active=False}
 * is kept and shown but changes nothing in the fleet and turns no footage away: the spec has a content
 * destination re-enable a disabled user to receive its content, and footage must never be lost.
 */
@Component
class AxisDirectory {

    /** What the fleet records as firmware until a recording reports the real version. */
    static final String FIRMWARE_UNKNOWN = "unknown";

    private final DirectoryRows rows;
    private final Fleet fleet;
    private final CameraCustody custody;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AxisDirectory(DirectoryRows rows, Fleet fleet, CameraCustody custody, AuditLog audit, Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.rows = rows;
        this.fleet = fleet;
        this.custody = custody;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Looks the officer up before the transaction: a fleet lookup that finds nothing throws, and a throw
     * inside a shared transaction would doom it.
     */
    void recordUser(String uuid, Metadata metadata) {
        String userKey = metadata.get("UserID");
        AxisUser user = new AxisUser(uuid, metadata.get("Name"), userKey, officerNamed(userKey).orElse(null),
                active(metadata));
        transactions.executeWithoutResult(tx -> {
            rows.saveUser(user, clock.instant());
            audit.record(AuditEvent.succeeded("axis.user-recorded", "axis-user", uuid).with("name", text(user.name()))
                    .with("userId", text(userKey)).with("active", user.active())
                    .with("officer", user.officerCollar() == null ? "(not linked)" : user.officerCollar()));
        });
    }

    void recordDevice(String serialText, Metadata metadata) {
        CameraSerial serial = CameraSerial.of(serialText);
        String model = metadata.get("Model");
        Optional<Camera> known = camera(serial);
        transactions.executeWithoutResult(tx -> {
            if (known.isEmpty()) {
                custody.registerCamera(Camera.inService(serial, model == null ? "Axis body worn camera" : model,
                        FIRMWARE_UNKNOWN));
            } else if (model != null && !model.equals(known.get().model())
                    && known.get().status() != CameraStatus.RETIRED) {
                custody.change(serial, new CameraChange(model, null, null, null));
            }
            rows.saveDevice(serial.value(), metadata.get("Name"), model, active(metadata), clock.instant());
            audit.record(AuditEvent.succeeded("axis.device-recorded", "camera", serial)
                    .with("name", text(metadata.get("Name"))).with("model", text(model))
                    .with("active", active(metadata)).with("registeredInFleet", known.isEmpty()));
        });
    }

    Optional<Camera> camera(CameraSerial serial) {
        try {
            return Optional.of(custody.camera(serial).camera());
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    Optional<AxisUser> user(String uuid) {
        return rows.user(uuid);
    }

    boolean deviceInactive(CameraSerial serial) {
        return rows.deviceInactive(serial.value());
    }

    /**
     * The officer a recording of this user is attributed to: the linked one, or the one the user-supplied ID
     * names now (the officer may have joined the fleet since the user was recorded); empty means "ask the
     * assignment history".
     */
    Optional<String> officerOf(AxisUser user) {
        return Optional.ofNullable(user.officerCollar()).or(() -> officerNamed(user.userKey()));
    }

    private Optional<String> officerNamed(String userKey) {
        if (userKey == null) {
            return Optional.empty();
        }
        CollarNumber collar;
        try {
            collar = CollarNumber.of(userKey);
        } catch (InvalidValueException notACollarNumber) {
            return Optional.empty();
        }
        return fleet.findOfficer(collar).map(officer -> officer.collarNumber().value());
    }

    private static boolean active(Metadata metadata) {
        String active = metadata.get("Active");
        return active == null || !active.strip().toLowerCase(Locale.ROOT).equals("false");
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
