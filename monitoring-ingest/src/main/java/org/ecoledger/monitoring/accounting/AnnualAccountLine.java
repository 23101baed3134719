package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

import java.util.Optional;

/**
 * One pollutant of an enterprise's annual account so far.
 *
 * @param emitted      valid and substituted hourly masses of the year
 * @param substituted  the part of {@code emitted} that was substituted
 * @param allowed      the allowance; null where the pollutant is not under total-quantity control
 * @param tradedRights the part of {@code allowed} that came from trading: rights of the year's vintage
 *                     gained less those lost; null where the enterprise never held any
 */
public record AnnualAccountLine(EnterpriseId enterprise, int year, Pollutant pollutant, Mass emitted, Mass substituted, Mass allowed,
                                Mass tradedRights) {

    public Optional<Mass> allowance() {
        return Optional.ofNullable(allowed);
    }

    public Optional<Mass> headroom() {
        return allowance().map(a -> a.minus(emitted));
    }
}
