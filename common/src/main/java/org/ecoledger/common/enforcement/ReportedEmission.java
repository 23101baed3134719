package org.ecoledger.common.enforcement;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

/** What an enterprise states it emitted of one pollutant in a report's period. */
public record ReportedEmission(Pollutant pollutant, Mass mass) {

    public ReportedEmission {
        if (pollutant == null || mass == null || mass.isNegative()) {
            throw new IllegalArgumentException("a reported emission names its pollutant and a mass of at least zero");
        }
    }
}
