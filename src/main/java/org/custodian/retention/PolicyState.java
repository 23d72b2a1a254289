package org.custodian.retention;

/** Where a policy version stands: awaiting a second administrator, in force, replaced, or turned down. */
public enum PolicyState {
    PROPOSED, IN_FORCE, SUPERSEDED, REJECTED
}
