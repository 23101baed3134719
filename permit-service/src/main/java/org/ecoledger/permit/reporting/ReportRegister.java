package org.ecoledger.permit.reporting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.ecoledger.common.enforcement.event.ExecutionReportOverdue;
import org.ecoledger.common.enforcement.event.ExecutionReportSubmitted;
import org.ecoledger.permit.enforcement.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

import static org.ecoledger.permit.enforcement.JsonColumns.timestamp;

/** Keeps the execution report table; part of the enforcement register. */
@Component
@ProcessingGroup("enforcement-register")
class ReportRegister {

    private final JdbcClient jdbc;
    private final JsonColumns json;

    ReportRegister(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ExecutionReportSubmitted e) {
        jdbc.sql("""
                        INSERT INTO execution_report (report_id, permit_id, enterprise_id, region, period, frequency, version, lines,
                                                      discrepancies, late, submitted_at, last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                        ON CONFLICT (report_id) DO UPDATE SET version = EXCLUDED.version, lines = EXCLUDED.lines,
                            discrepancies = EXCLUDED.discrepancies, late = EXCLUDED.late, submitted_at = EXCLUDED.submitted_at,
                            last_changed_at = EXCLUDED.last_changed_at""")
                .params(e.reportId().value(), UUID.fromString(e.permitId().value()), e.enterpriseId().value(), e.region().value(),
                        e.period().label(), e.period().frequency().name(), e.version(), json.write(e.lines()), e.discrepancies(), e.late(),
                        timestamp(e.at()), timestamp(e.at()))
                .update();
    }

    @EventHandler
    void on(ExecutionReportOverdue e) {
        jdbc.sql("""
                        INSERT INTO execution_report (report_id, permit_id, enterprise_id, region, period, frequency, overdue, deadline,
                                                      last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)
                        ON CONFLICT (report_id) DO UPDATE SET overdue = TRUE, deadline = EXCLUDED.deadline,
                            last_changed_at = EXCLUDED.last_changed_at""")
                .params(e.reportId().value(), UUID.fromString(e.permitId().value()), e.enterpriseId().value(), e.region().value(),
                        e.period().label(), e.period().frequency().name(), timestamp(e.deadline()), timestamp(e.at()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE execution_report").update();
    }
}
