package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.monitoring.ViolationKind;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;

/**
 * What a flag is about, independent of its episode: at most one flag is open per subject. An
 * annual total is about a pollutant and a year; a concentration or missing data about an outlet and
 * a pollutant; a discharge without a permit about an outlet.
 */
public record FlagSubject(ViolationKind kind, EnterpriseId enterprise, OutletCode outlet, Pollutant pollutant, Integer year) {

    public static FlagSubject annualTotal(EnterpriseId enterprise, YearPollutant cell) {
        return new FlagSubject(ViolationKind.ANNUAL_TOTAL_EXCEEDED, enterprise, null, cell.pollutant(), cell.year());
    }

    public static FlagSubject concentration(SeriesId series) {
        return new FlagSubject(ViolationKind.CONCENTRATION_EXCEEDED, series.enterprise(), series.outlet(), series.pollutant(), null);
    }

    public static FlagSubject dischargeWithoutPermit(EnterpriseId enterprise, OutletCode outlet) {
        return new FlagSubject(ViolationKind.DISCHARGE_WITHOUT_VALID_PERMIT, enterprise, outlet, null, null);
    }

    public static FlagSubject dataMissing(SeriesId series) {
        return new FlagSubject(ViolationKind.DATA_MISSING_OR_INVALID, series.enterprise(), series.outlet(), series.pollutant(), null);
    }

    /** The key of the open-flags store; it starts with the enterprise so that one enterprise's flags sit together. */
    public String key() {
        return AccountingStores.enterprisePrefix(enterprise) + kind.name() + "|" + (outlet == null ? "-" : outlet.value())
                + "|" + (pollutant == null ? "-" : pollutant.name()) + "|" + (year == null ? "-" : year);
    }
}
