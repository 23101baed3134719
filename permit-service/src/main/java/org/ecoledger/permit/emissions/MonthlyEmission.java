package org.ecoledger.permit.emissions;

import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;

import java.time.YearMonth;

/** What monitoring counted for an enterprise, pollutant and month; {@code allowance} is the year's, empty if none. */
public record MonthlyEmission(YearMonth month, Pollutant pollutant, Mass emitted, Mass substituted, Mass allowance) {
}
