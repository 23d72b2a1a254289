package org.custodian.retention;

/** A restriction in force and the clip it restricts, as the data protection officer's list shows them. */
public record RestrictedClip(Restriction restriction, RetainedClip clip) {
}
