package org.custodian.ingest.tus;

import org.custodian.support.OnPostgres;

@OnPostgres
class TusUploadPostgresTest extends TusUploadTests {
}
