package org.ecoledger.common.monitoring;

/** What the platform flags for inspectors. */
public enum ViolationKind {
    ANNUAL_TOTAL_EXCEEDED,
    CONCENTRATION_EXCEEDED,
    DISCHARGE_WITHOUT_VALID_PERMIT,
    DATA_MISSING_OR_INVALID
}
