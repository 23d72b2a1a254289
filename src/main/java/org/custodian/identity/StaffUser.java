package org.custodian.identity;

import java.util.Set;
import java.util.regex.Pattern;

import org.custodian.shared.InvalidValueException;

/**
 * A person who signs in. {@code collarNumber} links an officer's account to the fleet's officer record;
 * {@code unitCode} scopes what a supervisor sees. Neither is required for other roles.
 */
public record StaffUser(String username, String displayName, Set<Role> roles, String collarNumber, String unitCode,
        boolean enabled) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public StaffUser {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidValueException("Username must be 2-64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidValueException("Display name is required (at most 200 characters)");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("A user needs at least one role");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
