package org.ecoledger.common.permit;

import org.ecoledger.common.value.Medium;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** One outlet as the permit states it: where it discharges and the limits that apply to it. */
public record OutletPermit(OutletCode code, String dischargeDestination, List<ConcentrationLimit> limits) {

    public OutletPermit {
        if (code == null) {
            throw new IllegalArgumentException("an outlet needs a code");
        }
        if (dischargeDestination == null || dischargeDestination.isBlank()) {
            throw new IllegalArgumentException("outlet " + code + " must state its discharge destination");
        }
        limits = limits == null ? List.of() : List.copyOf(limits);
        var seen = new HashSet<Pollutant>();
        for (ConcentrationLimit limit : limits) {
            if (limit.pollutant().medium() != code.medium()) {
                throw new IllegalArgumentException(
                        limit.pollutant() + " is not measured at " + code.medium().name().toLowerCase() + " outlet " + code);
            }
            if (!seen.add(limit.pollutant())) {
                throw new IllegalArgumentException("outlet " + code + " states the limit for " + limit.pollutant() + " twice");
            }
        }
    }

    public Medium medium() {
        return code.medium();
    }

    public Optional<ConcentrationLimit> limitFor(Pollutant pollutant) {
        return limits.stream().filter(l -> l.pollutant() == pollutant).findFirst();
    }
}
