package org.custodian.simulator;

import java.util.Objects;
import java.util.UUID;

/**
 * A camera user as the body-worn system knows them: its own UUID (which names recordings), a display
 * name, and the user-supplied ID, which Custodian fills with the officer's collar number.
 */
public record Officer(UUID userId, String name, String collarNumber) {

    public Officer {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collarNumber, "collarNumber");
    }
}
