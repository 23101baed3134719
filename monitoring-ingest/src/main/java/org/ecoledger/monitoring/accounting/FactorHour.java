package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.value.Pollutant;

/**
 * One controlled pollutant of an hourly reading, judged: what kind of hour it makes and, for a
 * measured or stopped hour, its mass. {@code grams} is meaningless for an invalid hour, whose mass
 * the substitution rule decides.
 */
public record FactorHour(Pollutant pollutant, DataFlag flag, SlotKind kind, long grams) {
}
