package org.custodian.fleet.web;

import org.custodian.support.OnPostgres;

@OnPostgres
class FleetApiPostgresTest extends FleetApiTests {
}
