package org.ecoledger.common.enforcement;

/** Where a violation case stands. A decided case can still have its decision superseded. */
public enum CaseStatus {
    /** Opened by a flag or an overdue report, waiting for an inspector. */
    OPEN,
    ASSIGNED,
    CONFIRMED,
    DISMISSED;

    public boolean decided() {
        return this == CONFIRMED || this == DISMISSED;
    }
}
