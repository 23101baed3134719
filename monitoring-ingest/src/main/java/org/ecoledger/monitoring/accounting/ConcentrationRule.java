package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.DataFlag;
import org.ecoledger.common.monitoring.FactorReading;
import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.value.Medium;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Concentration exceedance (超标) over the averaging period of the emission standards: an hour for
 * flue gas (the device's hourly reading, CN 2061), a day for waste water (the device's daily
 * reading, CN 2031, rather than a mean the platform would compute from hours, because the daily
 * value is what the standard and the device's own report state). Only values with a valid flag
 * are judged: invalid data is the missing-data rule's business, and a stopped source emits
 * nothing.
 */
public final class ConcentrationRule {

    private ConcentrationRule() {
    }

    public static boolean isAveragingPeriod(ReadingPeriod period, Medium medium) {
        return medium == Medium.AIR ? period == ReadingPeriod.HOUR : period == ReadingPeriod.DAY;
    }

    /**
     * The value compared with the limit. Flue-gas limits hold at the standard's reference O2, so
     * the device's O2-corrected average ({@code zsAvg}) is used where it sends one.
     */
    public static Optional<BigDecimal> averageOf(FactorReading factor, Medium medium) {
        if (HourlyMassRule.flagOf(factor).validity() != DataFlag.Validity.VALID) {
            return Optional.empty();
        }
        BigDecimal value = medium == Medium.AIR && factor.zsAvg() != null ? factor.zsAvg() : factor.avg();
        return value == null || value.signum() < 0 ? Optional.empty() : Optional.of(value);
    }

    public static boolean exceeds(BigDecimal average, Optional<ConcentrationLimit> limit) {
        return limit.isPresent() && average.compareTo(limit.get().limit().value()) > 0;
    }
}
