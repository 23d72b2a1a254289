package org.custodian.fleet.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.custodian.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

@OnPostgres
class CameraCustodyApiPostgresTest extends CameraCustodyApiTests {

    @Test
    void databaseRefusesASecondOpenAssignmentEvenWithoutTheApplication() {
        String serial = fleet.camera();
        String smith = fleet.officer(unit);
        String jones = fleet.officer(unit);
        FleetFixtures.created(fleet.issue(serial, smith));
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO camera_assignment (camera_id, officer_id, issued_at)
                VALUES ((SELECT id FROM camera WHERE serial = ?), (SELECT id FROM officer WHERE collar_number = ?), now())
                """).params(serial, jones).update()).isInstanceOf(DuplicateKeyException.class);
    }
}
