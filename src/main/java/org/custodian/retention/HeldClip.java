package org.custodian.retention;

/** A hold in force and the clip it keeps, as the list of holds shows them. */
public record HeldClip(Hold hold, RetainedClip clip) {
}
