package org.custodian.ingest;

import org.custodian.shared.InvalidValueException;

/**
 * A recording with no duration, ending before it starts, from before body-worn cameras existed
 * (2000-01-01) or from more than a day in the server's future cannot be attributed or retained correctly.
 */
public class ImpossibleRecordingTimeException extends InvalidValueException {

    public ImpossibleRecordingTimeException(String message) {
        super(message);
    }
}
