package org.ecoledger.permit.reporting;

import org.ecoledger.common.enforcement.ReportFrequency;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * Execution reporting ({@code ecoledger.enforcement.reporting}).
 *
 * @param keyClassFrequencies    the reports a key-class permit owes (HJ 944: quarterly and annual; monthly where required)
 * @param deadlineAfterPeriod    how long after its period a report of each frequency is due
 * @param lookBack               how far back the deadline sweep looks for missed deadlines
 * @param tolerancePercent       a reported total within this share of the monitored one is not a discrepancy
 * @param minimumDifferenceGrams nor is a difference up to this mass, however small the totals
 */
@ConfigurationProperties(prefix = "ecoledger.enforcement.reporting")
public record ReportingProperties(List<ReportFrequency> keyClassFrequencies, Map<ReportFrequency, Period> deadlineAfterPeriod,
                                  Period lookBack, int tolerancePercent, long minimumDifferenceGrams) {

    public ReportingProperties {
        keyClassFrequencies = keyClassFrequencies == null ? List.of() : List.copyOf(keyClassFrequencies);
        deadlineAfterPeriod = deadlineAfterPeriod == null ? Map.of() : Map.copyOf(deadlineAfterPeriod);
        for (ReportFrequency frequency : keyClassFrequencies) {
            if (!deadlineAfterPeriod.containsKey(frequency)) {
                throw new IllegalArgumentException("no deadline configured for " + frequency + " execution reports");
            }
        }
        if (lookBack == null || lookBack.isNegative() || lookBack.isZero()) {
            throw new IllegalArgumentException("the report deadline sweep looks back a positive period");
        }
        if (tolerancePercent < 0 || minimumDifferenceGrams < 0) {
            throw new IllegalArgumentException("report tolerances cannot be negative");
        }
    }
}
