package org.custodian.identity.jdbc;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts created by single sign-on, keyed by the provider's issuer and subject. */
@Repository
public class OidcLinks {

    private final JdbcClient jdbc;

    OidcLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> usernameFor(String issuer, String subject) {
        return jdbc.sql("""
                SELECT u.username FROM staff_user_oidc o JOIN staff_user u ON u.id = o.user_id
                WHERE o.issuer = ? AND o.subject = ?""")
                .params(issuer, subject).query(String.class).optional();
    }

    public void link(long userId, String issuer, String subject) {
        jdbc.sql("INSERT INTO staff_user_oidc (user_id, issuer, subject) VALUES (?, ?, ?)")
                .params(userId, issuer, subject).update();
    }
}
