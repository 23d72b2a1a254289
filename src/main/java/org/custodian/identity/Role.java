package org.custodian.identity;

import java.util.Arrays;

import org.custodian.shared.InvalidValueException;

/** The roles of PRODUCT.md's users. A person may hold several. */
public enum Role {
    OFFICER("Officer"),
    SUPERVISOR("Supervisor"),
    EVIDENCE_OFFICER("Evidence officer"),
    PROSECUTOR("Prosecutor (external)"),
    DATA_PROTECTION_OFFICER("Data protection officer"),
    PROFESSIONAL_STANDARDS("Professional standards"),
    AUDITOR("Auditor"),
    ADMINISTRATOR("Administrator");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMINISTRATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String text) {
        String key = text == null ? "" : text.trim().toUpperCase().replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("Unknown role '" + text + "'; expected one of "
                        + Arrays.toString(values())));
    }
}
