package org.custodian.identity.oidc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Single sign-on for the web UI's security chain; the bean exists only when an issuer is configured. Both
 * ways in share the sign-in page, which offers single sign-on above the password form.
 */
public final class OidcLogin implements Customizer<OAuth2LoginConfigurer<HttpSecurity>> {

    private final DiscoveredClientRegistration registrations;
    private final StaffOidcUserService users;
    private final AuditLog audit;
    private final String issuer;

    OidcLogin(DiscoveredClientRegistration registrations, StaffOidcUserService users, AuditLog audit, String issuer) {
        this.registrations = registrations;
        this.users = users;
        this.audit = audit;
        this.issuer = issuer;
    }

    @Override
    public void customize(OAuth2LoginConfigurer<HttpSecurity> login) {
        login.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
                .failureHandler(this::failed)
                .defaultSuccessUrl("/", true)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <F extends OAuth2AuthorizationRequestRedirectFilter> F postProcess(F filter) {
                        // Without this, a provider that cannot be reached is a bare 500 error page.
                        filter.setAuthenticationFailureHandler((request, response, e) -> response.sendRedirect(
                                request.getContextPath() + "/login?oidc-error=unavailable"));
                        return filter;
                    }
                });
    }

    /**
     * Back to the sign-in page with a reason it can explain. Refusals by Custodian's rules are audited where
     * they are made; anything else (a token that fails validation, an error from the provider) is audited
     * here, and shown only as "failed".
     */
    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // Matched on the cause, not the error code: the provider's callback can carry any error code it likes.
        if (e.getCause() instanceof SignInRefusedException refused) {
            response.sendRedirect(request.getContextPath() + "/login?oidc-error=" + refused.reason().code());
            return;
        }
        String code = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
        String why = String.valueOf(e.getMessage());
        audit.recordAs("anonymous", AuditEvent.denied("login.failed", "oidc-provider", issuer).with("method", "oidc")
                .with("error", code).with("why", why.length() > 300 ? why.substring(0, 300) : why));
        response.sendRedirect(request.getContextPath() + "/login?oidc-error=failed");
    }
}
