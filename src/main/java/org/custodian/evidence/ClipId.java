package org.custodian.evidence;

import java.util.UUID;

import org.custodian.shared.InvalidValueException;

/** A clip's identifier: a random UUID, so ids reveal nothing about order or volume. */
public record ClipId(UUID value) {

    public ClipId {
        if (value == null) {
            throw new InvalidValueException("A clip id is required");
        }
    }

    public static ClipId random() {
        return new ClipId(UUID.randomUUID());
    }

    public static ClipId parse(String text) {
        try {
            return new ClipId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("'" + text + "' is not a clip id (a UUID)");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
