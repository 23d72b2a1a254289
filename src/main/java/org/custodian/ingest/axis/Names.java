package org.custodian.ingest.axis;

import org.custodian.shared.InvalidValueException;

/** Checks that names and metadata values share, so every refusal reads alike. */
final class Names {

    private Names() {
    }

    /** The spec allows any character in user-supplied strings except control characters. */
    static void requireNoControlCharacters(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidValueException(what + " contains a control character (U+"
                        + String.format("%04X", (int) c) + ")");
            }
        }
    }

    /** Echoes what was sent, cut short so a hostile value cannot flood the message or the log. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        StringBuilder safe = new StringBuilder("'");
        shown.codePoints().forEach(cp -> safe.append(Character.isISOControl(cp) ? "?" : Character.toString(cp)));
        return safe.append('\'').toString();
    }
}
