package org.custodian;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a capability; they may use each other only through their top-level types. */
class ModularityTests {

    @Test
    void capabilitiesRespectTheirBoundaries() {
        ApplicationModules.of(CustodianApplication.class).verify();
    }
}
