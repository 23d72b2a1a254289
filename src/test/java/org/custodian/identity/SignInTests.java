package org.custodian.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.custodian.audit.AuditLog;
import org.custodian.audit.AuditQuery;
import org.custodian.support.Api;
import org.custodian.support.CustodianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@CustodianTest
class SignInTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private String newUser(Role role) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffUser(username, "Test " + role, EnumSet.of(role), null, null, true),
                "correct-horse-battery");
        return username;
    }

    @Test
    void firstAdministratorComesFromConfiguration() {
        Api.Response me = Api.at(port).admin().get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("roles").toString()).contains("ADMINISTRATOR");
    }

    @Test
    void passwordsAreStoredHashedNeverInClear() {
        String username = newUser(Role.AUDITOR);
        String stored = jdbc.sql("SELECT password_hash FROM staff_user WHERE username = ?").param(username)
                .query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("correct-horse-battery");
    }

    @Test
    void apiRefusesRequestsWithoutCredentials() {
        Api.Response r = Api.at(port).get("/api/v1/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).contains("Sign in");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(Api.at(port).as("admin", "not-the-password").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheUsernameEvenForTheRightPassword() {
        String username = newUser(Role.OFFICER);
        Api api = Api.at(port);
        assertThat(api.as(username, "correct-horse-battery").get("/api/v1/me").status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(api.as(username, "guess-number-" + i).get("/api/v1/me").status()).isEqualTo(401);
        }
        Api.Response locked = api.as(username, "correct-horse-battery").get("/api/v1/me");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asString()).contains("Too many failed sign-ins");
        assertThat(audit.find(new AuditQuery(null, "login.failed", "user", username, null, null, 0, 50)))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void roleGuardsEndpointsAndRefusalIsAudited() {
        String officer = newUser(Role.OFFICER);
        Api.Response r = Api.at(port).as(officer, "correct-horse-battery").get("/api/v1/users");
        assertThat(r.status()).isEqualTo(403);
        assertThat(audit.find(new AuditQuery(officer, "access.denied", null, null, null, null, 0, 10))).isNotEmpty();
        assertThat(Api.at(port).as(officer, "correct-horse-battery").get("/api/v1/audit/verify").status())
                .isEqualTo(403);
    }

    @Test
    void administratorCreatesUsersAndBadInputIsRefused() {
        Api admin = Api.at(port).admin();
        String username = "dpo" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "displayName", "D. P. O.",
                "password", "long-enough-password", "roles", new String[] {"DATA_PROTECTION_OFFICER"}));
        assertThat(created.status()).isEqualTo(201);
        assertThat(Api.at(port).as(username, "long-enough-password").get("/api/v1/me").status()).isEqualTo(200);

        Api.Response shortPassword = admin.post("/api/v1/users", Map.of("username", "x" + username,
                "displayName", "X", "password", "short", "roles", new String[] {"AUDITOR"}));
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("detail").asString()).contains("between 12 and 128").doesNotContain("Exception");
        assertThat(accounts.exists("x" + username)).isFalse();

        Api.Response duplicate = admin.post("/api/v1/users", Map.of("username", username, "displayName", "Again",
                "password", "long-enough-password", "roles", new String[] {"AUDITOR"}));
        assertThat(duplicate.status()).isEqualTo(409);

        Api.Response badRole = admin.post("/api/v1/users", Map.of("username", "y" + username, "displayName", "Y",
                "password", "long-enough-password", "roles", new String[] {"WIZARD"}));
        assertThat(badRole.status()).isEqualTo(400);
    }

    @Test
    void bearerTokensWorkUntilRevoked() {
        String username = newUser(Role.SUPERVISOR);
        Api basic = Api.at(port).as(username, "correct-horse-battery");
        Api.Response issued = basic.post("/api/v1/tokens", Map.of("name", "dock script", "days", 30));
        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();

        Api bearer = Api.at(port).bearer(token);
        assertThat(bearer.get("/api/v1/me").json().get("username").asString()).isEqualTo(username);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();

        assertThat(basic.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        Api.Response refused = bearer.get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).contains("revoked");
        assertThat(Api.at(port).bearer("cst_made-up").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void disabledUsersCannotSignIn() {
        String username = newUser(Role.OFFICER);
        assertThat(Api.at(port).admin().post("/api/v1/users/" + username + "/disable", "").status()).isEqualTo(200);
        assertThat(Api.at(port).as(username, "correct-horse-battery").get("/api/v1/me").status()).isEqualTo(401);
    }
}
