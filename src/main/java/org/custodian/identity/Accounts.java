package org.custodian.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.identity.jdbc.ApiTokens;
import org.custodian.identity.jdbc.StaffUsers;
import org.custodian.identity.security.TokenDigest;
import org.custodian.shared.InvalidValueException;
import org.custodian.shared.NotFoundException;
import org.custodian.shared.RuleViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing staff accounts and API tokens; each change is audited. */
@Component
public class Accounts {

    static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(365);

    private final StaffUsers users;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(StaffUsers users, ApiTokens tokens, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StaffUser create(StaffUser user, String password) {
        PasswordPolicy.check(password);
        if (users.exists(user.username())) {
            throw new RuleViolationException("User '" + user.username() + "' already exists");
        }
        users.insert(user, passwords.encode(password), clock.instant());
        audit.record(AuditEvent.succeeded("user.created", "user", user.username())
                .with("roles", user.roles()).with("collarNumber", user.collarNumber()).with("unit", user.unitCode()));
        return user;
    }

    @Transactional
    public void changePassword(String username, String newPassword) {
        PasswordPolicy.check(newPassword);
        require(username);
        users.updatePassword(username, passwords.encode(newPassword));
        audit.record(AuditEvent.succeeded("user.password-changed", "user", username));
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        require(username);
        users.setEnabled(username, enabled);
        audit.record(AuditEvent.succeeded(enabled ? "user.enabled" : "user.disabled", "user", username));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.exists(username);
    }

    @Transactional(readOnly = true)
    public List<StaffUser> all() {
        return users.all();
    }

    @Transactional(readOnly = true)
    public StaffUser require(String username) {
        return users.find(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** Issues a bearer token and returns it; only its hash is kept, so it cannot be shown again. */
    @Transactional
    public IssuedToken issueToken(String username, String name, Duration lifetime) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("A token needs a name of 1-100 characters (what it is for)");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_TOKEN_LIFETIME) > 0) {
            throw new InvalidValueException("A token lives between 1 day and 365 days");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "cst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        long id = tokens.insert(users.idOf(username), name, TokenDigest.of(token), now, now.plus(lifetime));
        audit.record(AuditEvent.succeeded("token.issued", "token", id).with("owner", username).with("name", name)
                .with("expiresAt", now.plus(lifetime)));
        return new IssuedToken(id, name, token, now.plus(lifetime));
    }

    @Transactional
    public void revokeToken(String username, long id) {
        if (!tokens.revoke(id, username, clock.instant())) {
            throw new NotFoundException("Active token", id);
        }
        audit.record(AuditEvent.succeeded("token.revoked", "token", id).with("owner", username));
    }

    @Transactional(readOnly = true)
    public List<ApiTokens.Token> tokensOf(String username) {
        return tokens.of(username);
    }

    public record IssuedToken(long id, String name, String token, Instant expiresAt) {
    }
}
