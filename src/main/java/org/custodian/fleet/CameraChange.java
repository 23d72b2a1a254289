package org.custodian.fleet;

/**
 * What to change about a camera; null leaves a field as it is. A change of status needs a reason, kept in
 * the audit log (why a camera went missing matters to anyone later attributing its footage).
 */
public record CameraChange(String model, String firmware, CameraStatus status, String reason) {

    public static CameraChange status(CameraStatus status, String reason) {
        return new CameraChange(null, null, status, reason);
    }

    public static CameraChange firmware(String firmware) {
        return new CameraChange(null, firmware, null, null);
    }

    /** Marking a camera faulty or lost, and nothing else: what a supervisor may do as well as an administrator. */
    public boolean onlyReportsFaultOrLoss() {
        return model == null && firmware == null && (status == CameraStatus.FAULTY || status == CameraStatus.LOST);
    }
}
