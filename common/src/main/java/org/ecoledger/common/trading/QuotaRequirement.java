package org.ecoledger.common.trading;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

/** Rights a new or expanded project must hold and give up before its permit is issued. */
public record QuotaRequirement(Pollutant pollutant, int vintage, Mass quantity) {

    public QuotaRequirement {
        if (pollutant == null) {
            throw new IllegalArgumentException("a quota requirement names its pollutant");
        }
        Quantities.requirePositive(quantity, "the required quantity");
    }
}
