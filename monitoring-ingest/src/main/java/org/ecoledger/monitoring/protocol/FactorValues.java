package org.ecoledger.monitoring.protocol;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Everything one upload says about one factor ({@code a21026}, {@code w01018}, a vendor code...),
 * in the factor's default unit. Any value may be null: devices send different subsets.
 *
 * @param zsAvg       the {@code Zs} values are converted to the emission standard's reference O2
 * @param cou         the period's cumulative amount: kg for a pollutant, m³ for flow
 * @param flag        the data flag (N, F, M, S, D, C, T, B; 2005 also P)
 * @param otherFields suffixes without a typed place ({@code Data}, {@code Info}, {@code SN}, {@code RS}...), raw
 */
public record FactorValues(
        String code,
        BigDecimal rtd,
        BigDecimal min,
        BigDecimal avg,
        BigDecimal max,
        BigDecimal zsRtd,
        BigDecimal zsMin,
        BigDecimal zsAvg,
        BigDecimal zsMax,
        BigDecimal cou,
        String flag,
        String eFlag,
        String sampleTime,
        Map<String, String> otherFields) {

    public FactorValues {
        otherFields = Map.copyOf(otherFields);
    }
}
