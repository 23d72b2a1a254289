package org.custodian.identity.security;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.identity.LoginThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** Feeds the throttle and the audit log from Spring Security's sign-in events. */
@Component
class SignInEvents {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    SignInEvents(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // Not a sign-in attempt of its own: the shared parent manager reports this whenever a single
            // sign-on fails, and the sign-on records that failure itself.
            return;
        }
        String username = event.getAuthentication().getName();
        boolean locked = event instanceof AuthenticationFailureLockedEvent;
        if (!locked) {
            throttle.failed(username);
        }
        audit.recordAs("anonymous",
                AuditEvent.denied("login.failed", "user", username)
                        .with("why", locked ? "throttled after repeated failures" : event.getException().getMessage()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String method = event.getAuthentication() instanceof OAuth2AuthenticationToken ? "oidc" : "password";
        audit.recordAs(username, AuditEvent.succeeded("login.succeeded", "user", username).with("method", method));
    }
}
