package org.ecoledger.common.permit;

import org.ecoledger.common.value.Concentration;
import org.ecoledger.common.value.Pollutant;

/** An outlet's concentration limit for one pollutant and the emission standard it comes from. */
public record ConcentrationLimit(Pollutant pollutant, Concentration limit, String emissionStandard) {

    public ConcentrationLimit {
        if (pollutant == null || limit == null) {
            throw new IllegalArgumentException("a concentration limit needs a pollutant and a limit");
        }
        if (emissionStandard == null || emissionStandard.isBlank()) {
            throw new IllegalArgumentException("the limit for " + pollutant + " must name the emission standard it comes from");
        }
        if (limit.unit() != pollutant.medium().concentrationUnit()) {
            throw new IllegalArgumentException(
                    "the limit for " + pollutant + " is in " + pollutant.medium().concentrationUnit().symbol() + ", not " + limit.unit().symbol());
        }
    }
}
