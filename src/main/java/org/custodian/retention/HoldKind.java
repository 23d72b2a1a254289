package org.custodian.retention;

import java.util.Arrays;
import java.util.Locale;

import org.custodian.shared.InvalidValueException;

/** Why footage must be kept whatever its rule says (uk-rules RET-05, RET-12, IOPC-01, SAR-/FOI- holds). */
public enum HoldKind {
    CASE, COMPLAINT, SUBJECT_ACCESS_REQUEST, FOI_REQUEST, IOPC_REFERRAL, LITIGATION, INQUEST, PANEL_SAMPLE,
    MAJOR_INCIDENT;

    public static HoldKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("'" + text + "' is not a kind of hold; known: "
                    + Arrays.toString(values()));
        }
    }
}
