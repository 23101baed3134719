package org.ecoledger.common.enforcement.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/**
 * An execution report, or a corrected version of it ({@code version} from 1), beside the monitored
 * totals, with large differences marked; {@code late} when it came after its deadline.
 */
@Revision("1")
public record ExecutionReportSubmitted(
        ExecutionReportId reportId,
        PermitId permitId,
        EnterpriseId enterpriseId,
        RegionCode region,
        ReportPeriod period,
        int version,
        List<ReportLine> lines,
        boolean late,
        Actor by,
        Instant at) {

    public long discrepancies() {
        return lines.stream().filter(ReportLine::discrepant).count();
    }
}
