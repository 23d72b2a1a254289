package org.custodian.identity.oidc;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.identity.StaffUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider has vouched for a person (Spring Security has checked the ID token's signature,
 * issuer, audience, expiry and nonce), maps them to their staff account, or refuses and says why.
 */
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ClaimMapping mapping;
    private final JustInTimeAccounts accounts;
    private final AuditLog audit;

    StaffOidcUserService(ClaimMapping mapping, JustInTimeAccounts accounts, AuditLog audit) {
        this.mapping = mapping;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser signedIn = provider.loadUser(request);
        try {
            StaffUser user = accounts.signIn(mapping.identify(signedIn.getClaims()));
            return new StaffOidcUser(user, signedIn);
        } catch (SignInRefusedException refused) {
            // Recorded here, outside the refused sign-in's transaction, so the entry is kept.
            audit.recordAs("anonymous", AuditEvent.denied("login.failed", "user",
                    refused.username() == null ? "unknown" : refused.username())
                    .with("why", refused.getMessage()).with("method", "oidc").with("issuer", mapping.issuer())
                    .with("subject", signedIn.getSubject()));
            throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().code(),
                    "Single sign-on refused: " + refused.getMessage(), null), refused);
        }
    }
}
