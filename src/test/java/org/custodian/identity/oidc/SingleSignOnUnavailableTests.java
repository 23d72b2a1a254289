package org.custodian.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.support.CustodianTest;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Single sign-on configured but its provider unreachable: Custodian still starts, still offers single
 * sign-on, and the break-glass password sign-in still works.
 */
@CustodianTest
@TestPropertySource(properties = {"custodian.oidc.issuer-uri=http://127.0.0.1:1/unreachable",
        "custodian.oidc.client-id=custodian", "custodian.oidc.client-secret=secret"})
class SingleSignOnUnavailableTests {

    @LocalServerPort
    int port;

    @Test
    void signInPageOffersSingleSignOnAboveThePasswordForm() {
        String page = WebSession.at(port).get("/login").body();
        assertThat(page).contains("href=\"/oauth2/authorization/oidc\"").contains("Sign in with single sign-on");
        assertThat(page.indexOf("sign-in-sso")).isLessThan(page.indexOf("id=\"password\""));
    }

    @Test
    void singleSignOnSaysItIsUnavailable() {
        WebSession.Page page = WebSession.at(port).get("/oauth2/authorization/oidc");
        assertThat(page.path()).isEqualTo("/login?oidc-error=unavailable");
        assertThat(page.body()).contains("Single sign-on is unavailable").contains("sign-in-sso");
    }

    @Test
    void administratorStillSignsInWithPassword() {
        WebSession.Page home = WebSession.at(port).signIn("admin", "test-admin-password");
        assertThat(home.path()).isEqualTo("/");
        assertThat(home.body()).contains("<strong>admin</strong>");
    }
}
