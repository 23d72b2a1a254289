package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The body worn system's account. A configured key is compared as configured; otherwise the key is
 * generated when a connection file is made and only its SHA-256 is kept (a random 256-bit key needs no
 * slow hash), so the connection file is the one place it can be read. The token-signing secret lives in
 * the database so that every node behind the load balancer accepts every other node's tokens.
 */
@Component
class AxisCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AxisProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private volatile byte[] tokenSecret;

    AxisCredentials(JdbcClient jdbc, AxisProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    boolean accepts(String username, String key) {
        if (username == null || key == null || !username.equals(properties.username())) {
            return false;
        }
        byte[] presented = sha256(key);
        if (properties.hasConfiguredKey()) {
            return MessageDigest.isEqual(presented, sha256(properties.key()));
        }
        String stored = jdbc.sql("SELECT key_hash FROM axis_credential WHERE id = 1").query(String.class).optional()
                .orElse(null);
        return stored != null && MessageDigest.isEqual(presented, HexFormat.of().parseHex(stored));
    }

    /** The key to put in a connection file: the configured one, or a new one that replaces the last. */
    @Transactional
    String keyForConnectionFile() {
        if (properties.hasConfiguredKey()) {
            return properties.key();
        }
        tokenSecret();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("UPDATE axis_credential SET key_hash = ?, key_issued_at = ? WHERE id = 1")
                .params(HexFormat.of().formatHex(sha256(key)), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        audit.record(AuditEvent.succeeded("axis.key-issued", "axis-account", properties.username())
                .withReason("A new connection file was made; the previous generated key no longer signs in"));
        return key;
    }

    byte[] tokenSecret() {
        byte[] secret = tokenSecret;
        if (secret == null) {
            secret = loadOrCreateSecret();
            tokenSecret = secret;
        }
        return secret;
    }

    private byte[] loadOrCreateSecret() {
        String existing = jdbc.sql("SELECT token_secret FROM axis_credential WHERE id = 1").query(String.class)
                .optional().orElse(null);
        if (existing != null) {
            return HexFormat.of().parseHex(existing);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        try {
            jdbc.sql("INSERT INTO axis_credential (id, token_secret) VALUES (1, ?)")
                    .param(HexFormat.of().formatHex(secret)).update();
            return secret;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return HexFormat.of().parseHex(jdbc.sql("SELECT token_secret FROM axis_credential WHERE id = 1")
                    .query(String.class).single());
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
