package org.ecoledger.common.enforcement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.enforcement.ReportedEmission;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * A key-class enterprise's execution report for one period, with its emissions per pollutant.
 * {@code monitored} is what monitoring had counted for the period when the report came in and
 * {@code deadline} when it was due; both are stamped by the platform, not the enterprise.
 */
public record SubmitExecutionReport(
        @TargetAggregateIdentifier ExecutionReportId reportId,
        PermitId permitId,
        EnterpriseId enterpriseId,
        RegionCode region,
        ReportPeriod period,
        List<ReportedEmission> emissions,
        List<ReportedEmission> monitored,
        Instant deadline,
        Actor by,
        Instant at) {

    public SubmitExecutionReport {
        Require.nonNull(reportId, "reportId");
        Require.nonNull(permitId, "permitId");
        Require.nonNull(enterpriseId, "enterpriseId");
        Require.nonNull(region, "region");
        Require.nonNull(period, "period");
        Require.nonNull(deadline, "deadline");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        emissions = emissions == null ? List.of() : List.copyOf(emissions);
        monitored = monitored == null ? List.of() : List.copyOf(monitored);
        if (emissions.isEmpty()) {
            throw new IllegalArgumentException("an execution report states its emissions of at least one pollutant");
        }
        var pollutants = new HashSet<>();
        emissions.forEach(e -> {
            if (!pollutants.add(e.pollutant())) {
                throw new IllegalArgumentException(e.pollutant() + " is reported twice");
            }
        });
    }
}
