package org.custodian.fleet;

import java.util.Arrays;
import java.util.Locale;

import org.custodian.shared.InvalidValueException;

/** The checks the fleet's values share, so every refusal reads alike. */
final class Checks {

    private Checks() {
    }

    static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidValueException(what + " is required");
        }
        return value;
    }

    static String text(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(what + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Absent stays absent; blank counts as absent. */
    static String optionalText(String value, String what, int max) {
        return value == null || value.isBlank() ? null : text(value, what, max);
    }

    /** Upper-cases an enum name as people type it: "chief supt", "in-service". */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("Unknown " + what + " " + quote(text) + "; expected one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    /** Echoes what was sent, cut short so a hostile value cannot flood the message or the log. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
    }

    static String upper(String value) {
        return value == null ? "" : value.toUpperCase(Locale.ROOT);
    }
}
