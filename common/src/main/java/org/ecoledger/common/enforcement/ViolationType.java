package org.ecoledger.common.enforcement;

import org.ecoledger.common.monitoring.ViolationKind;

/** The violations an inspector reviews: what monitoring flags, and an execution report not in by its deadline. */
public enum ViolationType {
    ANNUAL_TOTAL_EXCEEDED,
    CONCENTRATION_EXCEEDED,
    DISCHARGE_WITHOUT_VALID_PERMIT,
    DATA_MISSING_OR_INVALID,
    EXECUTION_REPORT_LATE;

    public static ViolationType of(ViolationKind kind) {
        return switch (kind) {
            case ANNUAL_TOTAL_EXCEEDED -> ANNUAL_TOTAL_EXCEEDED;
            case CONCENTRATION_EXCEEDED -> CONCENTRATION_EXCEEDED;
            case DISCHARGE_WITHOUT_VALID_PERMIT -> DISCHARGE_WITHOUT_VALID_PERMIT;
            case DATA_MISSING_OR_INVALID -> DATA_MISSING_OR_INVALID;
        };
    }
}
