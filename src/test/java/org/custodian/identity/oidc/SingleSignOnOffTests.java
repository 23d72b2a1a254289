package org.custodian.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.support.CustodianTest;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without {@code custodian.oidc.issuer-uri} there is no single sign-on, only the password form. */
@CustodianTest
class SingleSignOnOffTests {

    @LocalServerPort
    int port;

    @Test
    void signInPageHasNoSingleSignOnLink() {
        String page = WebSession.at(port).get("/login").body();
        assertThat(page).contains("id=\"password\"").doesNotContain("oauth2").doesNotContain("single sign-on");
    }

    @Test
    void authorizationEndpointIsNotServed() {
        assertThat(WebSession.at(port).get("/oauth2/authorization/oidc").path()).isEqualTo("/login");
        WebSession admin = WebSession.at(port);
        assertThat(admin.signIn("admin", "test-admin-password").path()).isEqualTo("/");
        assertThat(admin.get("/oauth2/authorization/oidc").status()).isEqualTo(404);
        assertThat(admin.get("/login/oauth2/code/oidc?code=x&state=y").status()).isEqualTo(404);
    }
}
