package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.RegionCode;

import java.math.BigDecimal;
import java.time.Instant;

/** The flagged violation went on: its duration, peak and exceeded mass so far, and the severity they make. */
@Revision("1")
public record ViolationCaseProgressed(
        ViolationCaseId caseId,
        EnterpriseId enterpriseId,
        RegionCode region,
        long durationHours,
        BigDecimal peak,
        Mass exceeded,
        Severity severity,
        Actor by,
        Instant at) {
}
