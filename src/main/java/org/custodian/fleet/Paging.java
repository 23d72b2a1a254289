package org.custodian.fleet;

import org.custodian.shared.InvalidValueException;

/** Which slice of a long list (22,000 cameras for one force) to read. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 1000;

    public Paging {
        if (page < 0) {
            throw new InvalidValueException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValueException("size must be between 1 and " + MAX_SIZE);
        }
    }

    public static Paging first(int size) {
        return new Paging(0, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
