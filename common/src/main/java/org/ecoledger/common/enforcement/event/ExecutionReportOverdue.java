package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** A report was not in by its deadline: a violation of its own. */
@Revision("1")
public record ExecutionReportOverdue(
        ExecutionReportId reportId,
        PermitId permitId,
        EnterpriseId enterpriseId,
        RegionCode region,
        ReportPeriod period,
        Instant deadline,
        Actor by,
        Instant at) {
}
