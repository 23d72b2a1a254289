package org.custodian.evidence;

/**
 * Whether a clip's bytes are trusted: quarantined clips hash differently from what their device claimed.
 * A DELETED clip is a tombstone: its data key, bytes and location track are gone, the facts needed to
 * account for it (hash, recording time, camera) are kept.
 */
public enum ClipStatus {
    STORED, QUARANTINED, DELETED
}
