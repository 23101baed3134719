package org.ecoledger.permit.violation;

import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationType;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How grave a flagged violation is, from its kind and size; it orders the inspectors' queue and
 * sets what a confirmation weighs in the credit rating.
 *
 * <ul>
 *   <li>Discharging without a valid permit is serious; a late execution report minor.</li>
 *   <li>A total or concentration above its limit by up to 10 % is minor, up to 50 % moderate, more
 *       serious.</li>
 *   <li>Missing or invalid data for less than a day is minor, less than three days moderate, longer
 *       serious.</li>
 *   <li>Whatever its size, a violation that has lasted three days or more is at least moderate.</li>
 * </ul>
 */
final class SeverityRule {

    static final BigDecimal MINOR_RATIO = new BigDecimal("1.10");
    static final BigDecimal MODERATE_RATIO = new BigDecimal("1.50");
    static final long MINOR_HOURS = 24;
    static final long MODERATE_HOURS = 72;

    private SeverityRule() {
    }

    /**
     * @param value the observed figure, or the peak so far, in the flag's unit
     * @param limit the limit in the same unit; empty where the kind has none
     */
    static Severity of(ViolationType type, BigDecimal value, BigDecimal limit, long durationHours) {
        Severity bySize = switch (type) {
            case DISCHARGE_WITHOUT_VALID_PERMIT -> Severity.SERIOUS;
            case EXECUTION_REPORT_LATE -> Severity.MINOR;
            case ANNUAL_TOTAL_EXCEEDED, CONCENTRATION_EXCEEDED -> byRatio(value, limit);
            case DATA_MISSING_OR_INVALID -> byHours(value == null ? durationHours : value.longValue());
        };
        return durationHours >= MODERATE_HOURS ? bySize.atLeast(Severity.MODERATE) : bySize;
    }

    private static Severity byRatio(BigDecimal value, BigDecimal limit) {
        if (value == null || limit == null || limit.signum() <= 0) {
            return Severity.MODERATE;
        }
        BigDecimal ratio = value.divide(limit, 4, RoundingMode.HALF_UP);
        if (ratio.compareTo(MINOR_RATIO) <= 0) {
            return Severity.MINOR;
        }
        return ratio.compareTo(MODERATE_RATIO) <= 0 ? Severity.MODERATE : Severity.SERIOUS;
    }

    private static Severity byHours(long hours) {
        if (hours < MINOR_HOURS) {
            return Severity.MINOR;
        }
        return hours < MODERATE_HOURS ? Severity.MODERATE : Severity.SERIOUS;
    }
}
