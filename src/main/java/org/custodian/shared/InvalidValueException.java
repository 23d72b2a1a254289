package org.custodian.shared;

/** A value does not have the form its type requires (a malformed serial, an empty name). Answered with 400. */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
