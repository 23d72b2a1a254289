package org.custodian.ingest.axis;

import java.io.IOException;

/**
 * The body's MD5 is not the {@code ETag} the sender declared: the bytes were damaged on the way. An
 * {@link IOException} so that whatever is reading the body fails and stores nothing; answered 422, as Swift does.
 */
class ETagMismatchException extends IOException {

    ETagMismatchException(String declared, String actual) {
        super("The body's MD5 is " + actual + " but the ETag declared " + Names.quote(declared)
                + "; nothing was stored, send the object again");
    }
}
