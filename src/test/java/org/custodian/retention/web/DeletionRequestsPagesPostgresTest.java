package org.custodian.retention.web;

import org.custodian.support.OnPostgres;

@OnPostgres
class DeletionRequestsPagesPostgresTest extends DeletionRequestsPagesTests {
}
