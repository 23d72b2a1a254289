package org.custodian.evidence.media;

import org.custodian.support.OnPostgres;

@OnPostgres
class MediaExaminationPostgresTest extends MediaExaminationTests {
}
