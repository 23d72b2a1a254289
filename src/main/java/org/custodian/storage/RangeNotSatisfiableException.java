package org.custodian.storage;

import org.custodian.shared.InvalidValueException;

/** A range read starts at or past the end of the blob; HTTP answers such a request with 416. */
public class RangeNotSatisfiableException extends InvalidValueException {

    public RangeNotSatisfiableException(BlobKey key, long offset) {
        super("Blob " + key + " has no bytes at offset " + offset);
    }
}
