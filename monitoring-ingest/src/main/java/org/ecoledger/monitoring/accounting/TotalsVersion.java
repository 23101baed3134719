package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.permit.AnnualTotal;

import java.util.List;

/** A permit's annual totals from a calendar year on: issue sets the first, each amendment one from its year. */
public record TotalsVersion(int fromYear, List<AnnualTotal> totals) {

    public TotalsVersion {
        totals = List.copyOf(totals);
    }
}
