package org.custodian.ingest.tus;

/** Only tus 1.0.0 is spoken: tus answers 412 with the versions supported. */
class UnsupportedTusVersionException extends RuntimeException {

    UnsupportedTusVersionException(String version) {
        super("Tus-Resumable " + (version == null ? "is missing" : "'" + version + "' is not supported")
                + "; this server speaks tus 1.0.0");
    }
}
