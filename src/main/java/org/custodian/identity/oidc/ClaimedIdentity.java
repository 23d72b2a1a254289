package org.custodian.identity.oidc;

import java.util.Set;

import org.custodian.identity.Role;

/** Who the identity provider says is signing in, already translated into Custodian's terms. */
record ClaimedIdentity(String issuer, String subject, String username, String displayName, Set<Role> roles) {

    ClaimedIdentity {
        roles = Set.copyOf(roles);
    }
}
