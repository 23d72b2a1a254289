package org.custodian.ingest;

import org.custodian.support.OnPostgres;

@OnPostgres
class IngestPostgresTest extends IngestTests {
}
