package org.custodian.evidence;

/** A person may not do this to this clip (403); {@code reasonNeeded} when they may once they say why. */
public class ClipAccessRefusedException extends RuntimeException {

    private final boolean reasonNeeded;

    public ClipAccessRefusedException(String message, boolean reasonNeeded) {
        super(message);
        this.reasonNeeded = reasonNeeded;
    }

    public static ClipAccessRefusedException reasonNeeded(ClipId clip) {
        return new ClipAccessRefusedException("Clip " + clip + " is not yours: say why you are opening it (query "
                + "parameter 'reason' or header 'X-Access-Reason'); the reason is recorded in the audit log", true);
    }

    public boolean reasonNeeded() {
        return reasonNeeded;
    }
}
