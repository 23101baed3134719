package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;

/** The deadline of a report passed; if it is not in, it is overdue, which opens a violation case of its own. */
public record MarkReportOverdue(
        @TargetAggregateIdentifier ExecutionReportId reportId,
        PermitId permitId,
        EnterpriseId enterpriseId,
        RegionCode region,
        ReportPeriod period,
        Instant deadline,
        Actor by,
        Instant at) {

    public MarkReportOverdue {
        Require.nonNull(reportId, "reportId");
        Require.nonNull(permitId, "permitId");
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(region, "region");
        Require.nonNull(period, "period");
        Require.nonNull(deadline, "deadline");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
