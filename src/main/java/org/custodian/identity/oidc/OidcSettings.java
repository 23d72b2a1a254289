package org.custodian.identity.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code custodian.oidc.*}: where the identity provider is, how Custodian is registered with it, and which
 * claims carry the username, the roles and the display name.
 */
@ConfigurationProperties("custodian.oidc")
public record OidcSettings(String issuerUri, String clientId, String clientSecret,
        @DefaultValue("preferred_username") String usernameClaim, @DefaultValue("roles") String rolesClaim,
        @DefaultValue("name") String displayNameClaim) {

    ClaimMapping claimMapping() {
        return new ClaimMapping(issuerUri, usernameClaim, rolesClaim, displayNameClaim);
    }
}
