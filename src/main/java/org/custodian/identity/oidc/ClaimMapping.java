package org.custodian.identity.oidc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns ID token claims into a {@link ClaimedIdentity}: which claims hold the username, roles and display
 * name is configured, because each provider (Entra ID, Keycloak, ADFS) names them differently.
 */
record ClaimMapping(String issuer, String usernameClaim, String rolesClaim, String displayNameClaim) {

    private static final int MAX_USERNAME = 64;
    private static final int MAX_DISPLAY_NAME = 200;

    ClaimedIdentity identify(Map<String, Object> claims) {
        String subject = text(claims.get("sub"));
        String claimedName = text(claim(claims, usernameClaim));
        String username = normalise(claimedName);
        if (subject == null || username == null) {
            throw new SignInRefusedException(SignInRefusedException.Reason.NO_USERNAME, claimedName,
                    "the token has no usable '" + usernameClaim + "' claim");
        }
        String displayName = text(claim(claims, displayNameClaim));
        displayName = displayName == null ? claimedName : displayName;
        return new ClaimedIdentity(issuer, subject, username,
                displayName.length() > MAX_DISPLAY_NAME ? displayName.substring(0, MAX_DISPLAY_NAME) : displayName,
                RoleClaims.from(claim(claims, rolesClaim)));
    }

    /**
     * Makes a provider's username fit StaffUser's rules: lower case, accents dropped, anything else outside
     * {@code [a-z0-9._-]} (the {@code @} of an e-mail style name) replaced by {@code _}. Returns null when
     * nothing usable is left.
     */
    static String normalise(String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String username = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_")
                .replaceFirst("^[._-]+", "");
        if (username.length() > MAX_USERNAME) {
            username = username.substring(0, MAX_USERNAME);
        }
        return username.length() < 2 ? null : username;
    }

    /** A claim by name; a dotted name not found as such is looked up as a path (Keycloak's realm_access.roles). */
    private static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name) || !name.contains(".")) {
            return claims.get(name);
        }
        Object value = claims;
        for (String part : name.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return value;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
