package org.custodian.ingest;

/** The footage store has too little space left to take a clip; refused before it could half-fill it. */
public class StorageFullException extends RuntimeException {

    public StorageFullException(String message) {
        super(message);
    }

    public StorageFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
