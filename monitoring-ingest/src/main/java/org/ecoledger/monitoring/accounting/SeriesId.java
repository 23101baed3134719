package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

import java.time.Instant;

/**
 * One outlet's series of one pollutant. Its key orders series by enterprise, outlet and pollutant
 * name; both implementations visit series in that order, which fixes the order of the flags they
 * emit.
 */
public record SeriesId(EnterpriseId enterprise, OutletCode outlet, Pollutant pollutant) {

    public String key() {
        return enterprise.value() + "|" + outlet.value() + "|" + pollutant.name();
    }

    /** The key of an hour of this series: ISO instants of whole hours sort like the hours. */
    public String hourKey(Instant hour) {
        return key() + "|" + hour;
    }
}
