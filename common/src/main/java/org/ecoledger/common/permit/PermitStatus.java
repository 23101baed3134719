package org.ecoledger.common.permit;

public enum PermitStatus {
    SUBMITTED,
    RETURNED_FOR_CORRECTION,
    UNDER_REVIEW,
    /** The reviewer issued it for a new or expanded project; it waits until the emission rights it needs are retired. */
    PENDING_QUOTA,
    REJECTED,
    ISSUED,
    SUSPENDED,
    REVOKED,
    CANCELLED,
    EXPIRED;

    /** Whether the holder may discharge under it now. */
    public boolean allowsDischarge() {
        return this == ISSUED;
    }

    /** Issued at some point and not yet ended: what the register counts as a live permit. */
    public boolean isInForce() {
        return this == ISSUED || this == SUSPENDED;
    }
}
