package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.ReadingPeriod;
import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.permit.ConcentrationLimit;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Builds the flag events. A flag's ID is its kind, enterprise, outlet, pollutant and onset, with
 * nothing random or counted in it: a restarted or replayed topology raises the same flag under the
 * same ID, and consumers deduplicate on it. Two episodes with the same ID would have started at
 * the same instant for the same subject, which makes them one violation.
 */
public final class Flags {

    private Flags() {
    }

    public static String flagId(ViolationKind kind, EnterpriseId enterprise, OutletCode outlet, Pollutant pollutant, Instant onset) {
        return kind.name() + ":" + enterprise.value() + ":" + (outlet == null ? "-" : outlet.value())
                + ":" + (pollutant == null ? "-" : pollutant.name()) + ":" + onset;
    }

    public static ViolationFlagRaised annualTotalExceeded(EnterpriseId enterprise, RegionCode region, YearPollutant cell,
                                                          Instant onset, long emittedGrams, long allowedGrams, Instant raisedAt) {
        ViolationKind kind = ViolationKind.ANNUAL_TOTAL_EXCEEDED;
        return new ViolationFlagRaised(flagId(kind, enterprise, null, cell.pollutant(), onset), kind, enterprise, region, null,
                cell.pollutant(), onset, BigDecimal.valueOf(emittedGrams), BigDecimal.valueOf(allowedGrams),
                "%d g of %s emitted in %d, above the allowance of %d g".formatted(emittedGrams, cell.pollutant(), cell.year(), allowedGrams),
                raisedAt);
    }

    public static ViolationFlagRaised concentrationExceeded(SeriesId series, RegionCode region, ReadingPeriod period, Instant onset,
                                                            BigDecimal average, ConcentrationLimit limit, Instant raisedAt) {
        ViolationKind kind = ViolationKind.CONCENTRATION_EXCEEDED;
        String unit = limit.limit().unit().symbol();
        return new ViolationFlagRaised(flagId(kind, series.enterprise(), series.outlet(), series.pollutant(), onset), kind,
                series.enterprise(), region, series.outlet(), series.pollutant(), onset, average, limit.limit().value(),
                "%s average of %s %s for the %s from %s, above the limit of %s %s (%s)".formatted(series.pollutant(),
                        average.toPlainString(), unit, periodName(period), onset, limit.limit().value().toPlainString(), unit,
                        limit.emissionStandard()),
                raisedAt);
    }

    public static ViolationFlagRaised dischargeWithoutValidPermit(EnterpriseId enterprise, RegionCode region, OutletCode outlet,
                                                                  Instant onset, Instant raisedAt) {
        ViolationKind kind = ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT;
        return new ViolationFlagRaised(flagId(kind, enterprise, outlet, null, onset), kind, enterprise, region, outlet, null,
                onset, null, null,
                "outlet %s discharged at %s without a permit that was issued, valid and stating the outlet".formatted(outlet, onset),
                raisedAt);
    }

    public static ViolationFlagRaised dataMissingOrInvalid(SeriesId series, RegionCode region, Instant onset, long hours,
                                                           long thresholdHours, Instant raisedAt) {
        ViolationKind kind = ViolationKind.DATA_MISSING_OR_INVALID;
        return new ViolationFlagRaised(flagId(kind, series.enterprise(), series.outlet(), series.pollutant(), onset), kind,
                series.enterprise(), region, series.outlet(), series.pollutant(), onset, BigDecimal.valueOf(hours),
                BigDecimal.valueOf(thresholdHours),
                "%d consecutive hours of %s at %s invalid or missing since %s (substituted)".formatted(hours, series.pollutant(),
                        series.outlet(), onset),
                raisedAt);
    }

    public static ViolationFlagCleared cleared(ViolationFlagRaised open, Instant clearedAt, String detail) {
        return new ViolationFlagCleared(open.flagId(), open.kind(), open.enterpriseId(), open.region(), clearedAt, detail);
    }

    public static String withinAllowance(YearPollutant cell, long emittedGrams, Long allowedGrams) {
        return allowedGrams == null
                ? "%s in %d is no longer under total-quantity control".formatted(cell.pollutant(), cell.year())
                : "%d g of %s emitted in %d, within the allowance of %d g".formatted(emittedGrams, cell.pollutant(), cell.year(), allowedGrams);
    }

    public static String withinLimit(ReadingPeriod period, Instant periodStart, BigDecimal average) {
        return "average of %s for the %s from %s, within the limit".formatted(average.toPlainString(), periodName(period), periodStart);
    }

    public static String dischargeEnded(Instant dataTime, boolean sourceStopped) {
        return sourceStopped
                ? "the reading at %s shows the source stopped".formatted(dataTime)
                : "the reading at %s is under a valid permit".formatted(dataTime);
    }

    public static String validDataAgain(Instant hour) {
        return "valid data for the hour from %s".formatted(hour);
    }

    private static String periodName(ReadingPeriod period) {
        return period == ReadingPeriod.DAY ? "day" : "hour";
    }
}
