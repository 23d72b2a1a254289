package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.ingest.axis.AxisCamera.headers;

import java.time.Instant;
import java.util.UUID;

/**
 * A recording about to be docked: an officer in the fleet, the body worn system's user for them and its
 * device, registered through the Users and Devices containers as the system does, and the container name.
 */
record Recording(String officer, String userId, String serial, Instant triggerOn) {

    static Recording registered(AxisCamera camera, AxisFixtures fleet) {
        String officer = fleet.officer();
        String userId = UUID.randomUUID().toString();
        String serial = AxisFixtures.unique("B8A44F", 12);
        assertThat(camera.put("Users/" + userId, headers("X-Object-Meta-Name", "Officer%20" + officer,
                "X-Object-Meta-Active", "True", "X-Object-Meta-Userid", officer)).status()).isEqualTo(201);
        assertThat(camera.put("Devices/" + serial, headers("X-Object-Meta-Name", "Camera", "X-Object-Meta-Model",
                "W110", "X-Object-Meta-Active", "True")).status()).isEqualTo(201);
        return new Recording(officer, userId, serial, Instant.parse("2026-02-14T21:47:06Z"));
    }

    String container() {
        return userId + "_" + serial + "_" + triggerOn.getEpochSecond();
    }
}
