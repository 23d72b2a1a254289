package org.custodian.retention;

import org.custodian.support.OnPostgres;

@OnPostgres
class RetentionScenarioPostgresTest extends RetentionScenarioTests {
}
