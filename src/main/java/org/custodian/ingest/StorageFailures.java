package org.custodian.ingest;

import java.io.IOException;

/** Tells a full disk from other write failures (the JDK reports ENOSPC only in the message), for every adapter. */
public final class StorageFailures {

    private StorageFailures() {
    }

    static boolean isNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("No space left on device") || message.contains("Disk quota exceeded")
                    || message.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    public static IOException translated(IOException failure) {
        if (isNoSpace(failure)) {
            throw new StorageFullException("The footage store ran out of space while storing the upload; nothing "
                    + "was stored", failure);
        }
        return failure;
    }
}
