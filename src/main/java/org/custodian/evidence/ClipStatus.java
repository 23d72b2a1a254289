package org.custodian.evidence;

/** Whether a clip's bytes are trusted: quarantined clips hash differently from what their device claimed. */
public enum ClipStatus {
    STORED, QUARANTINED
}
