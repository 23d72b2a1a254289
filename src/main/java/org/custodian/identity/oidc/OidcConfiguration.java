package org.custodian.identity.oidc;

import org.custodian.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Single sign-on through OpenID Connect, on when {@code custodian.oidc.issuer-uri} is set. Spring Boot's
 * {@code spring.security.oauth2.client.*} is deliberately not used: it would put every request behind
 * OAuth2 login, while Custodian keeps its API doors and the break-glass password form.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnOidcIssuer.class)
@EnableConfigurationProperties(OidcSettings.class)
class OidcConfiguration {

    @Bean
    DiscoveredClientRegistration oidcClientRegistration(OidcSettings settings) {
        if (!StringUtils.hasText(settings.clientId()) || !StringUtils.hasText(settings.clientSecret())) {
            throw new IllegalStateException("CUSTODIAN_OIDC_ISSUER_URI is set, so single sign-on needs "
                    + "CUSTODIAN_OIDC_CLIENT_ID and CUSTODIAN_OIDC_CLIENT_SECRET as registered with the provider");
        }
        return new DiscoveredClientRegistration(settings);
    }

    @Bean
    OidcLogin oidcLogin(DiscoveredClientRegistration registrations, OidcSettings settings,
            JustInTimeAccounts accounts, AuditLog audit) {
        return new OidcLogin(registrations, new StaffOidcUserService(settings.claimMapping(), accounts, audit),
                audit, settings.issuerUri());
    }
}
