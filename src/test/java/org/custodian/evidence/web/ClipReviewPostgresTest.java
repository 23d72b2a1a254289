package org.custodian.evidence.web;

import org.custodian.support.OnPostgres;

@OnPostgres
class ClipReviewPostgresTest extends ClipReviewTests {
}
