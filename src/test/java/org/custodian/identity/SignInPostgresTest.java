package org.custodian.identity;

import org.custodian.support.OnPostgres;

@OnPostgres
class SignInPostgresTest extends SignInTests {
}
