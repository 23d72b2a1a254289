package org.custodian.storage;

import org.custodian.shared.InvalidValueException;

/** Checks on the numbers a caller passes to a store, the same for every adapter. */
final class StoreArguments {

    private StoreArguments() {
    }

    static void requireValidLength(long expectedLength) {
        if (expectedLength < BlobStore.UNKNOWN_LENGTH) {
            throw new InvalidValueException("Expected length must be a byte count or -1 (unknown), not "
                    + expectedLength);
        }
    }

    static void requireValidRange(long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new InvalidValueException("A range needs a non-negative offset and length, not offset " + offset
                    + " and length " + length);
        }
    }
}
