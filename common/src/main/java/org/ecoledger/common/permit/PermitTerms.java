package org.ecoledger.common.permit;

import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** What a permit allows: its outlets with their limits, and its annual totals per pollutant. */
public record PermitTerms(List<OutletPermit> outlets, List<AnnualTotal> annualTotals) {

    public PermitTerms {
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        annualTotals = annualTotals == null ? List.of() : List.copyOf(annualTotals);
        if (outlets.isEmpty()) {
            throw new IllegalArgumentException("a permit states at least one outlet");
        }
        var codes = new HashSet<OutletCode>();
        outlets.forEach(o -> {
            if (!codes.add(o.code())) {
                throw new IllegalArgumentException("outlet " + o.code() + " is stated twice");
            }
        });
        var pollutants = new HashSet<Pollutant>();
        annualTotals.forEach(t -> {
            if (!pollutants.add(t.pollutant())) {
                throw new IllegalArgumentException("the annual total for " + t.pollutant() + " is stated twice");
            }
        });
    }

    public Optional<AnnualTotal> totalFor(Pollutant pollutant) {
        return annualTotals.stream().filter(t -> t.pollutant() == pollutant).findFirst();
    }
}
