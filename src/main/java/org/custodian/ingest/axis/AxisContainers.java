package org.custodian.ingest.axis;

import java.time.Clock;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.fleet.CameraSerial;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Containers and their metadata, merged as Swift merges them (an empty value removes a key). A recording
 * container is refused unless its user and its camera are known, so nothing arrives that cannot be
 * attributed; the spec asks for 400 then, which tells the body worn system never to retry it.
 */
@Component
class AxisContainers {

    private final ContainerRows rows;
    private final AxisDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AxisContainers(ContainerRows rows, AxisDirectory directory, AuditLog audit, Clock clock,
            TransactionTemplate transactions) {
        this.rows = rows;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Creates the container or merges the metadata into it; true when it was created. */
    boolean createOrUpdate(ContainerName name, Metadata update) {
        return createOrUpdate(name, update, name.isRecording() ? rows.find(name.value()) : Optional.empty());
    }

    /**
     * The same, for a caller that has just read the container ({@code readBefore}; for a recording, empty when it
     * did not exist), so it is not read again to decide whether its user and camera must be known.
     */
    boolean createOrUpdate(ContainerName name, Metadata update, Optional<ContainerRow> readBefore) {
        if (name.isRecording() && readBefore.isEmpty()) {
            requireKnownUserAndDevice(name);
        }
        try {
            return merge(name, update);
        } catch (DuplicateKeyException createdMeanwhile) {
            return merge(name, update);
        }
    }

    Optional<ContainerRow> find(String name) {
        return rows.find(name);
    }

    ContainerRow require(String name) {
        return rows.find(name).orElseThrow(() -> new NotFoundException("Container", name));
    }

    /** Makes System, Users or Devices exist, for systems that put objects without creating the container. */
    void ensure(ContainerName name) {
        if (!name.isRecording() && rows.find(name.value()).isEmpty()) {
            createOrUpdate(name, Metadata.empty());
        }
    }

    private boolean merge(ContainerName name, Metadata update) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            var existing = rows.lock(name.value());
            if (existing.isPresent()) {
                rows.updateMetadata(name.value(), existing.get().metadata().merge(update));
                return false;
            }
            Metadata initial = Metadata.empty().merge(update);
            rows.insert(name, initial, clock.instant());
            if (name.isRecording()) {
                audit.record(inactiveSenders(name, AuditEvent.succeeded("axis.recording-created", "axis-recording",
                        name.value()).with("camera", name.serial().toUpperCase(java.util.Locale.ROOT))
                        .with("axisUser", name.userId())));
            }
            return true;
        }));
    }

    /** Notes a recording taken from a user or device the system marked inactive: taken all the same. */
    private AuditEvent inactiveSenders(ContainerName name, AuditEvent event) {
        boolean userInactive = directory.user(name.userId()).map(user -> !user.active()).orElse(false);
        boolean deviceInactive = directory.deviceInactive(CameraSerial.of(name.serial()));
        if (userInactive) {
            event = event.with("axisUserActive", false);
        }
        return deviceInactive ? event.with("deviceActive", false) : event;
    }

    private void requireKnownUserAndDevice(ContainerName name) {
        if (directory.user(name.userId()).isEmpty()) {
            throw new InvalidValueException("Unknown user " + Names.quote(name.userId())
                    + ": put Users/" + name.userId() + " before its recordings");
        }
        CameraSerial serial;
        try {
            serial = CameraSerial.of(name.serial());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("Unknown device " + Names.quote(name.serial()) + ": " + e.getMessage());
        }
        if (directory.camera(serial).isEmpty()) {
            throw new InvalidValueException("Unknown device " + serial + ": put Devices/" + serial
                    + " (or register the camera in the fleet) before its recordings");
        }
    }
}
