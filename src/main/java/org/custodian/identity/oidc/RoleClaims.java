package org.custodian.identity.oidc;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.identity.Role;

/**
 * Reads Custodian roles from a claim. Providers send roles as a JSON array or as one string separated by
 * spaces or commas, and often prefix application roles ({@code custodian-evidence-officer}); names are
 * matched to {@link Role} ignoring case, prefix and separator. Values for other applications are ignored.
 */
final class RoleClaims {

    private static final String PREFIX = "CUSTODIAN_";

    private RoleClaims() {
    }

    static Set<Role> from(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        values(claim).map(RoleClaims::role).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    private static Stream<String> values(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().filter(v -> v != null).flatMap(v -> values(v.toString()));
        }
        if (claim instanceof String text) {
            return Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty());
        }
        return Stream.empty();
    }

    static Optional<Role> role(String value) {
        String key = value.trim().toUpperCase(Locale.ROOT).replaceAll("[-. ]", "_");
        if (key.startsWith(PREFIX)) {
            key = key.substring(PREFIX.length());
        }
        String name = key;
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
