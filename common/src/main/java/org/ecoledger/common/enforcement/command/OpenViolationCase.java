package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Opens the case of a flagged violation, or of a report not in by its deadline; exactly one of
 * {@code flagId} and {@code reportId} names the source. Sent again for the same source, it opens
 * nothing: the case ID comes from the source. {@code observed} and {@code limit} are in the flag's
 * unit (grams, the concentration unit, or hours) and empty where the kind has none.
 */
public record OpenViolationCase(
        @TargetAggregateIdentifier ViolationCaseId caseId,
        ViolationType type,
        String flagId,
        ExecutionReportId reportId,
        EnterpriseId enterpriseId,
        RegionCode region,
        OutletCode outlet,
        Pollutant pollutant,
        Instant onsetAt,
        BigDecimal observed,
        BigDecimal limit,
        String detail,
        Actor by,
        Instant at) {

    public OpenViolationCase {
        Require.nonNull(caseId, "caseId");
        Require.nonNull(type, "type");
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(region, "region");
        Require.nonNull(onsetAt, "onsetAt");
        Require.text(detail, "detail");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if ((flagId == null) == (reportId == null)) {
            throw new IllegalArgumentException("a case is opened by exactly one flag or one report");
        }
    }
}
