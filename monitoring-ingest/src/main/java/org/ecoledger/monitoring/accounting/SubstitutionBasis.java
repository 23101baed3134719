package org.ecoledger.monitoring.accounting;

/** Where a substituted hour's mass came from, so an auditor can retrace it. */
public enum SubstitutionBasis {
    /** The highest valid hourly mass of the same outlet and pollutant in the look-back. */
    HISTORY,
    /** No valid history: the permitted concentration limit times the outlet's highest valid hourly flow. */
    PERMIT_LIMIT_TIMES_FLOW,
    /** Neither history nor a limit and a flow: zero grams, still marked as substituted. */
    NONE
}
