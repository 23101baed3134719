package org.ecoledger.common.enforcement;

/** How often a key-class enterprise reports on its permit's execution (执行报告). */
public enum ReportFrequency {
    MONTHLY(1),
    QUARTERLY(3),
    ANNUAL(12);

    private final int months;

    ReportFrequency(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** Periods in a year: 12, 4 or 1. */
    public int periodsPerYear() {
        return 12 / months;
    }
}
