package org.custodian.ingest.web;

import org.custodian.support.OnPostgres;

@OnPostgres
class DockStatusPagePostgresTest extends DockStatusPageTests {
}
