package org.custodian.ingest.axis;

import org.custodian.support.OnPostgres;

@OnPostgres
class AxisInactiveSendersPostgresTest extends AxisInactiveSendersTest {
}
