package org.custodian.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.custodian.audit.AuditEntry;
import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.identity.Accounts;
import org.custodian.support.CustodianTest;
import org.custodian.support.FakeOpenIdProvider;
import org.custodian.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Single sign-on against a real (if minimal) OpenID provider on loopback, over real HTTP. */
@CustodianTest
class SingleSignOnTests {

    // Started before the application context, which needs the provider's port for its issuer.
    static final FakeOpenIdProvider PROVIDER = FakeOpenIdProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("custodian.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("custodian.oidc.client-id", () -> FakeOpenIdProvider.CLIENT_ID);
        registry.add("custodian.oidc.client-secret", () -> FakeOpenIdProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    Accounts accounts;

    /** Follows the sign-in page's single sign-on link as the given person. */
    private WebSession.Page signOn(WebSession web, Map<String, Object> person) {
        PROVIDER.willSignIn(person);
        return web.get("/oauth2/authorization/oidc");
    }

    private List<String> rolesOf(String username) {
        return jdbc.sql("SELECT r.role FROM staff_user u JOIN staff_user_role r ON r.user_id = u.id "
                + "WHERE u.username = ? ORDER BY r.role").param(username).query(String.class).list();
    }

    private List<AuditEntry> audited(String action, String username) {
        return audit.find(new AuditQuery(null, action, username == null ? null : "user", username, null, null, 0, 500));
    }

    private static Map<String, Object> person(String username, String name, Object roles) {
        return Map.of("sub", "subject-" + username, "preferred_username", username, "name", name, "roles", roles);
    }

    @Test
    void newPersonIsProvisionedWithTheirRoleAndSignedIn() {
        WebSession web = WebSession.at(port);
        WebSession.Page home = signOn(web, person("Jane.Smith@Force.example", "Jane Smith",
                List.of("evidence_officer")));
        String username = "jane.smith_force.example";
        assertThat(home.path()).isEqualTo("/");
        assertThat(home.body()).contains("Welcome, Jane Smith").contains("<strong>" + username + "</strong>")
                .contains("id=\"home-evidence\"").doesNotContain("id=\"home-admin\"");
        assertThat(rolesOf(username)).containsExactly("EVIDENCE_OFFICER");
        assertThat(audited("user.provisioned", username)).singleElement().satisfies(e -> assertThat(e.details())
                .contains(PROVIDER.issuer()).contains("subject-Jane.Smith"));
        assertThat(audited("login.succeeded", username)).singleElement()
                .extracting(AuditEntry::actor, AuditEntry::details).containsExactly(username, "{\"method\":\"oidc\"}");
        // The session is the staff account: its name and roles, for the API's checks too.
        assertThat(web.getJson("/api/v1/me").body()).contains("\"username\":\"" + username + "\"");
        assertThat(web.getJson("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void tokenWithoutAKnownRoleIsRefusedAndCreatesNoAccount() {
        WebSession web = WebSession.at(port);
        WebSession.Page refused = signOn(web, person("no.role", "No Role", "wizard, custodian-janitor"));
        assertThat(refused.path()).isEqualTo("/login?oidc-error=no-role");
        assertThat(refused.body()).contains("has no Custodian role");
        assertThat(accounts.exists("no.role")).isFalse();
        assertThat(audited("login.failed", "no.role")).singleElement()
                .satisfies(e -> assertThat(e.details()).contains("no Custodian role").contains("oidc"));
        assertThat(web.get("/").path()).isEqualTo("/login");
    }

    @Test
    void laterSignOnBringsRolesAndNameUpToDateAndAuditsTheChange() {
        assertThat(signOn(WebSession.at(port), person("sam.jones", "Sam Jones", List.of("custodian-officer"))).path())
                .isEqualTo("/");
        assertThat(rolesOf("sam.jones")).containsExactly("OFFICER");
        Map<String, Object> promoted = person("sam.jones", "Sgt Sam Jones", "custodian-officer custodian-supervisor");
        assertThat(signOn(WebSession.at(port), promoted).body()).contains("Welcome, Sgt Sam Jones")
                .contains("id=\"home-supervisor\"");
        assertThat(rolesOf("sam.jones")).containsExactly("OFFICER", "SUPERVISOR");
        assertThat(audited("user.roles-changed", "sam.jones")).singleElement().satisfies(e -> assertThat(e.details())
                .contains("\"from\":\"[OFFICER]\"").contains("\"to\":\"[OFFICER, SUPERVISOR]\"")
                .contains(PROVIDER.issuer()));
        assertThat(audited("user.display-name-changed", "sam.jones")).hasSize(1);
        signOn(WebSession.at(port), promoted);
        assertThat(audited("user.roles-changed", "sam.jones")).hasSize(1);
    }

    @Test
    void idTokenNotSignedByTheProviderIsRefusedAndAudited() {
        PROVIDER.willSignInWithForgedToken(person("forged", "Forged", List.of("administrator")));
        WebSession.Page refused = WebSession.at(port).get("/oauth2/authorization/oidc");
        assertThat(refused.path()).isEqualTo("/login?oidc-error=failed");
        assertThat(refused.body()).contains("Single sign-on did not complete");
        assertThat(accounts.exists("forged")).isFalse();
        assertThat(audit.find(new AuditQuery(null, "login.failed", "oidc-provider", PROVIDER.issuer(), null, null,
                0, 50))).singleElement().satisfies(e -> assertThat(e.details()).contains("invalid_id_token"));
        // Each failure is recorded once, by whoever refused it, never as a nameless password failure.
        assertThat(audited("login.failed", null)).allSatisfy(e -> assertThat(e.subjectId()).isNotBlank());
    }

    @Test
    void disabledAccountIsRefused() {
        Map<String, Object> dee = person("dee", "Dee", "auditor");
        assertThat(signOn(WebSession.at(port), dee).path()).isEqualTo("/");
        accounts.setEnabled("dee", false);
        WebSession.Page refused = signOn(WebSession.at(port), dee);
        assertThat(refused.path()).isEqualTo("/login?oidc-error=disabled");
        assertThat(refused.body()).contains("account is disabled");
    }

    @Test
    void providerNameCannotTakeOverTheBreakGlassAdministrator() {
        WebSession.Page refused = signOn(WebSession.at(port), person("Admin", "Intruder", List.of("officer")));
        assertThat(refused.path()).isEqualTo("/login?oidc-error=not-linked");
        assertThat(rolesOf("admin")).containsExactly("ADMINISTRATOR");
        assertThat(WebSession.at(port).signIn("admin", "test-admin-password").body())
                .contains("<strong>admin</strong>").contains("id=\"home-admin\"");
    }
}
