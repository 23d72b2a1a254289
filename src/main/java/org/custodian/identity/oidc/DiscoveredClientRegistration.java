package org.custodian.identity.oidc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one registration, {@value #ID}, read from the provider's discovery document on first use rather than
 * at start-up: if the provider is down when Custodian starts, Custodian still starts, and the break-glass
 * password sign-in still works. A failed discovery is retried on the next attempt.
 */
class DiscoveredClientRegistration implements ClientRegistrationRepository {

    static final String ID = "oidc";
    private static final Logger log = LoggerFactory.getLogger(DiscoveredClientRegistration.class);

    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    DiscoveredClientRegistration(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return ID.equals(registrationId) ? registration() : null;
    }

    private synchronized ClientRegistration registration() {
        if (registration == null) {
            try {
                registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                        .registrationId(ID)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .scope("openid", "profile")
                        .build();
            } catch (RuntimeException e) {
                log.error("Single sign-on is unavailable: cannot read the OpenID configuration of {}: {}",
                        settings.issuerUri(), e.getMessage());
                return null;
            }
        }
        return registration;
    }
}
