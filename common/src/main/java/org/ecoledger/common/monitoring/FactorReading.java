package org.ecoledger.common.monitoring;

import java.math.BigDecimal;

/**
 * One factor of an upload as the device reported it, in the factor's default unit (mg/m³ or
 * mg/L for concentrations; kg for a pollutant's {@code cou}, m³ for a flow's). Every value is
 * optional because devices send different subsets; {@code code} is the raw factor code, which
 * may be a vendor's own. A missing flag is read as N by the accounting, which counts that as a
 * deviation.
 */
public record FactorReading(
        String code,
        BigDecimal rtd,
        BigDecimal min,
        BigDecimal avg,
        BigDecimal max,
        BigDecimal zsAvg,
        BigDecimal cou,
        DataFlag flag) {

    public FactorReading {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a factor reading names its factor code");
        }
    }
}
