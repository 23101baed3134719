package org.ecoledger.common.enforcement.query;

import org.ecoledger.common.enforcement.CaseStatus;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.OutletCode;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A line of the queue. {@code enterpriseName} is empty for an enterprise not registered here. */
public record ViolationCaseSummary(
        ViolationCaseId caseId,
        ViolationType type,
        Severity severity,
        CaseStatus status,
        EnterpriseId enterpriseId,
        String enterpriseName,
        RegionCode region,
        OutletCode outlet,
        Pollutant pollutant,
        Instant onsetAt,
        Instant openedAt,
        String assignee,
        boolean flagCleared,
        Instant lastChangedAt) {
}
