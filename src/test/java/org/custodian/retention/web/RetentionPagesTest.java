package org.custodian.retention.web;

import org.custodian.audit.AuditLog;
import org.custodian.fleet.CameraCustody;
import org.custodian.fleet.Fleet;
import org.custodian.identity.Accounts;
import org.custodian.ingest.Ingest;
import org.custodian.support.FleetRecords;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every retention page test starts from: a camera and its officer in a unit, and signing in. */
abstract class RetentionPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Fleet fleet;
    @Autowired
    CameraCustody custody;
    @Autowired
    Accounts accounts;
    @Autowired
    Ingest ingest;
    @Autowired
    AuditLog audit;

    FleetRecords records;
    String camera;
    String collar;

    @BeforeEach
    void setUpFleet() {
        records = new FleetRecords(fleet, custody, accounts);
        camera = records.camera();
        collar = records.officer();
    }

    WebSession signIn(String username) {
        return RetentionPages.signIn(port, username, FleetRecords.PASSWORD);
    }

    WebSession signIn(String username, String password) {
        return RetentionPages.signIn(port, username, password);
    }
}
