package org.custodian.retention;

import java.util.Locale;
import java.util.Optional;

/**
 * What a clip is kept for. An uncategorised clip is NON_EVIDENTIAL (uk-rules RET-01); marking it as
 * anything evidential moves it out of the 31-day class (RET-03).
 */
public enum ClipCategory {
    NON_EVIDENTIAL(false),
    EVIDENTIAL(true),
    STOP_AND_SEARCH(true),
    DOMESTIC_ABUSE(true),
    USE_OF_FORCE(true),
    PUBLIC_ORDER(true),
    FIREARMS(true),
    FIRST_ACCOUNT(true),
    TRAINING_CANDIDATE(false);

    private final boolean evidential;

    ClipCategory(boolean evidential) {
        this.evidential = evidential;
    }

    public boolean evidential() {
        return evidential;
    }

    /** The category as stored in {@code clip.category}; NULL is NON_EVIDENTIAL, an unknown name is empty. */
    public static Optional<ClipCategory> ofColumn(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NON_EVIDENTIAL);
        }
        try {
            return Optional.of(valueOf(normalise(value)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A category named by a person or a setting: any case, with hyphens, spaces or underscores. */
    public static ClipCategory parse(String value) {
        return ofColumn(value).filter(c -> value != null && !value.isBlank())
                .orElseThrow(() -> new org.custodian.shared.InvalidValueException("'" + value
                        + "' is not a clip category; known: " + java.util.Arrays.toString(values())));
    }

    /** The same normalisation in SQL, so queries match what {@link #ofColumn} would. */
    public static String normalisedColumn(String column) {
        return "UPPER(REPLACE(REPLACE(" + column + ", '-', '_'), ' ', '_'))";
    }

    static String normalise(String value) {
        return value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
