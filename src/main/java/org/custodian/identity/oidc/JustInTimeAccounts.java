package org.custodian.identity.oidc;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.identity.StaffUser;
import org.custodian.identity.jdbc.OidcLinks;
import org.custodian.identity.jdbc.StaffUsers;
import org.custodian.identity.oidc.SignInRefusedException.Reason;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps staff accounts in step with the identity provider: a person's first sign-on creates their account,
 * later ones bring its roles and display name up to date. The provider is the source of truth for roles,
 * so a role granted or withdrawn there takes effect at the next sign-on.
 */
@Component
@Conditional(OnOidcIssuer.class)
class JustInTimeAccounts {

    private final StaffUsers users;
    private final OidcLinks links;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JustInTimeAccounts(StaffUsers users, OidcLinks links, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.users = users;
        this.links = links;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    StaffUser signIn(ClaimedIdentity claimed) {
        if (claimed.roles().isEmpty()) {
            throw new SignInRefusedException(Reason.NO_ROLE, claimed.username(), "the token carries no Custodian role");
        }
        Optional<StaffUser> linked = links.usernameFor(claimed.issuer(), claimed.subject()).flatMap(users::find);
        if (linked.isEmpty()) {
            return provision(claimed);
        }
        StaffUser user = linked.get();
        if (!user.enabled()) {
            throw new SignInRefusedException(Reason.DISABLED, user.username(), "the account is disabled");
        }
        return update(user, claimed);
    }

    private StaffUser provision(ClaimedIdentity claimed) {
        // An account that exists but was not created by this provider for this person (the break-glass
        // administrator, a password account, someone else's) must not be taken over by a matching name.
        if (users.exists(claimed.username())) {
            throw new SignInRefusedException(Reason.NOT_LINKED, claimed.username(),
                    "the username belongs to an account not linked to this single sign-on identity");
        }
        StaffUser user = new StaffUser(claimed.username(), claimed.displayName(), claimed.roles(), null, null, true);
        users.insert(user, passwords.encode(unusablePassword()), clock.instant());
        links.link(users.idOf(user.username()), claimed.issuer(), claimed.subject());
        audit.recordAs(AuditLog.SYSTEM, AuditEvent.succeeded("user.provisioned", "user", user.username())
                .with("roles", EnumSet.copyOf(user.roles())).with("issuer", claimed.issuer())
                .with("subject", claimed.subject()));
        return user;
    }

    private StaffUser update(StaffUser user, ClaimedIdentity claimed) {
        if (!user.roles().equals(claimed.roles())) {
            users.replaceRoles(user.username(), claimed.roles());
            audit.recordAs(AuditLog.SYSTEM, AuditEvent.succeeded("user.roles-changed", "user", user.username())
                    .with("from", EnumSet.copyOf(user.roles())).with("to", EnumSet.copyOf(claimed.roles()))
                    .with("issuer", claimed.issuer()));
        }
        if (!user.displayName().equals(claimed.displayName())) {
            users.updateDisplayName(user.username(), claimed.displayName());
            audit.recordAs(AuditLog.SYSTEM, AuditEvent.succeeded("user.display-name-changed", "user",
                    user.username()).with("to", claimed.displayName()).with("issuer", claimed.issuer()));
        }
        return new StaffUser(user.username(), claimed.displayName(), claimed.roles(), user.collarNumber(),
                user.unitCode(), true);
    }

    /** Long and random, and never shown: the person signs in through the provider, never with a password. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
