package org.ecoledger.permit.reporting;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.ReportPeriod;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.ecoledger.permit.enforcement.JsonColumns.instant;

/** Execution reports as {@link ReportRegister} keeps them. */
@Component
class ReportQueries {

    private static final TypeReference<List<ReportLine>> LINES = new TypeReference<>() {
    };

    /** A key-class permit in force, as the deadline sweep needs it. */
    record ReportingPermit(PermitId permitId, PermitNumber permitNumber, EnterpriseId enterpriseId, RegionCode region, Validity validity) {
    }

    record ReportSummary(ExecutionReportId reportId, ReportPeriod period, int version, List<ReportLine> lines, int discrepancies,
                         boolean late, boolean overdue, Instant submittedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ReportQueries(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<ReportSummary> reportsOf(PermitId permit) {
        return jdbc.sql("""
                        SELECT report_id, period, version, lines, discrepancies, late, overdue, submitted_at FROM execution_report
                        WHERE permit_id = ? ORDER BY period DESC, report_id""")
                .param(UUID.fromString(permit.value()))
                .query((rs, row) -> new ReportSummary(ExecutionReportId.of(rs.getString("report_id")), ReportPeriod.parse(rs.getString("period")),
                        rs.getInt("version"), json.read(rs.getString("lines"), LINES), rs.getInt("discrepancies"), rs.getBoolean("late"),
                        rs.getBoolean("overdue"), instant(rs.getTimestamp("submitted_at"))))
                .list();
    }

    /**
     * Key-class permits in force, a page at a time, from the register's permit table (kept by the
     * permit-register processor in the same schema).
     */
    List<ReportingPermit> keyClassPermitsInForce(int offset, int limit) {
        return jdbc.sql("""
                        SELECT permit_id, permit_number, enterprise_id, region, valid_from, valid_until FROM permit
                        WHERE management_class = 'KEY' AND status IN ('ISSUED', 'SUSPENDED') AND valid_from IS NOT NULL
                        ORDER BY permit_number LIMIT ? OFFSET ?""")
                .params(limit, offset)
                .query((rs, row) -> new ReportingPermit(PermitId.of(rs.getString("permit_id")), PermitNumber.of(rs.getString("permit_number")),
                        EnterpriseId.of(rs.getString("enterprise_id")), RegionCode.of(rs.getString("region")),
                        new Validity(rs.getDate("valid_from").toLocalDate(), rs.getDate("valid_until").toLocalDate())))
                .list();
    }

    /** Reports of the permit that were submitted or found overdue: the deadline sweep leaves them alone. */
    Set<ExecutionReportId> settled(PermitId permit) {
        return new HashSet<>(jdbc.sql("SELECT report_id FROM execution_report WHERE permit_id = ? AND (version > 0 OR overdue)")
                .param(UUID.fromString(permit.value()))
                .query((rs, row) -> ExecutionReportId.of(rs.getString("report_id")))
                .list());
    }
}
