package org.ecoledger.common.enforcement;

/** How grave a case is: orders the inspectors' queue and weighs in the credit rating. */
public enum Severity {
    MINOR,
    MODERATE,
    SERIOUS;

    /** One step graver, as an overdue rectification makes a case; serious stays serious. */
    public Severity escalated() {
        return this == MINOR ? MODERATE : SERIOUS;
    }

    public Severity atLeast(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
