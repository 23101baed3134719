package org.ecoledger.common.permit;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

/** The mass of one pollutant an enterprise may emit in a calendar year. */
public record AnnualTotal(Pollutant pollutant, Mass perYear) {

    public AnnualTotal {
        if (pollutant == null || perYear == null) {
            throw new IllegalArgumentException("an annual total needs a pollutant and a mass");
        }
        if (!perYear.isPositive()) {
            throw new IllegalArgumentException("the annual total for " + pollutant + " must be positive");
        }
    }
}
