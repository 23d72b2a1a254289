package org.custodian.identity.jdbc;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bearer tokens for the API, kept only as hashes. */
@Repository
public class ApiTokens {

    public record Token(long id, String username, String name, Instant createdAt, Instant expiresAt,
            Instant revokedAt) {
        public boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("INSERT INTO api_token (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(userId, name, tokenHash, utc(now), utc(expiresAt)).update();
        return jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(tokenHash).query(Long.class).single();
    }

    public Optional<Token> byHash(String tokenHash) {
        return jdbc.sql(SELECT + " WHERE t.token_hash = ?").param(tokenHash).query(ApiTokens::map).optional();
    }

    public List<Token> of(String username) {
        return jdbc.sql(SELECT + " WHERE u.username = ? ORDER BY t.id").param(username).query(ApiTokens::map).list();
    }

    public boolean revoke(long id, String username, Instant now) {
        return jdbc.sql("""
                UPDATE api_token SET revoked_at = ?
                WHERE id = ? AND revoked_at IS NULL AND user_id = (SELECT id FROM staff_user WHERE username = ?)""")
                .params(utc(now), id, username).update() == 1;
    }

    private static final String SELECT = """
            SELECT t.id, u.username, t.name, t.created_at, t.expires_at, t.revoked_at
            FROM api_token t JOIN staff_user u ON u.id = t.user_id""";

    private static Token map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Token(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
