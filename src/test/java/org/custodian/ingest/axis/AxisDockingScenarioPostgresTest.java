package org.custodian.ingest.axis;

import org.custodian.support.OnPostgres;

@OnPostgres
class AxisDockingScenarioPostgresTest extends AxisDockingScenarioTest {
}
