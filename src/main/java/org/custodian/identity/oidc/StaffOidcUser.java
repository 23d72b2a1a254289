package org.custodian.identity.oidc;

import org.custodian.identity.StaffUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the provider, seen as their staff account: the name is the Custodian username
 * (what the audit log records as the actor) and the authorities are their roles, so {@code hasRole(...)}
 * checks work as for password sign-in.
 */
final class StaffOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final String username;

    StaffOidcUser(StaffUser user, OidcUser signedIn) {
        super(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                signedIn.getIdToken(), signedIn.getUserInfo());
        this.username = user.username();
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
