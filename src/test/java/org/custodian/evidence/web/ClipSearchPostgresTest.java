package org.custodian.evidence.web;

import org.custodian.support.OnPostgres;

@OnPostgres
class ClipSearchPostgresTest extends ClipSearchTests {
}
