package org.custodian.evidence.web;

import org.custodian.support.OnPostgres;

@OnPostgres
class QuarantineReviewApiPostgresTest extends QuarantineReviewApiTests {
}
