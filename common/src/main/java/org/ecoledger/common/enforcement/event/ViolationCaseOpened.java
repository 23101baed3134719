package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Instant;

/** A flagged violation, or an overdue report, became a case for the inspectors of its region. */
@Revision("1")
public record ViolationCaseOpened(
        ViolationCaseId caseId,
        ViolationType type,
        Severity severity,
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
}
