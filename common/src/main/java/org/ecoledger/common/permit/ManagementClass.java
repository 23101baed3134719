package org.ecoledger.common.permit;

/** How closely a source is managed, following the industry catalogue. */
public enum ManagementClass {
    KEY('P'),
    SIMPLIFIED('P'),
    /** A registration, not a permit: it carries no annual totals. */
    REGISTRATION('W');

    private final char numberSuffix;

    ManagementClass(char numberSuffix) {
        this.numberSuffix = numberSuffix;
    }

    public char numberSuffix() {
        return numberSuffix;
    }

    public boolean carriesAnnualTotals() {
        return this != REGISTRATION;
    }
}
