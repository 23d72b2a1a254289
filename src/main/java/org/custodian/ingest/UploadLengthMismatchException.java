package org.custodian.ingest;

import org.custodian.shared.InvalidValueException;

/** The body was shorter or longer than its source announced: a truncated copy is never stored. */
public class UploadLengthMismatchException extends InvalidValueException {

    public UploadLengthMismatchException(long declared, long received, boolean more) {
        super(more ? "The upload carries more than the " + declared + " bytes it announced; nothing was stored"
                : "The upload ended after " + received + " of the " + declared + " bytes it announced; nothing was stored");
    }
}
