package org.ecoledger.common.monitoring.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

import java.time.Instant;

/**
 * What the accounting counts for an enterprise, pollutant and calendar month (China time), as it
 * stands at {@code asOf}: published on {@code emission-accounts} whenever it changed. A later one
 * for the same month replaces an earlier one. {@code allowance} is the year's, empty where the
 * pollutant is not under total-quantity control.
 */
@Revision("1")
public record MonthlyEmissionTallied(
        EnterpriseId enterpriseId,
        int year,
        int month,
        Pollutant pollutant,
        Mass emitted,
        Mass substituted,
        Mass allowance,
        Instant asOf) {
}
