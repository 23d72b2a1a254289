package org.custodian.ingest.tus;

import org.custodian.shared.RuleViolationException;

/** A PATCH must continue exactly where the upload stands (HEAD tells where): tus answers 409. */
class OffsetConflictException extends RuleViolationException {

    OffsetConflictException(long sent, long actual) {
        super("Upload-Offset " + sent + " does not match the upload's offset " + actual + "; ask HEAD and resume from there");
    }
}
