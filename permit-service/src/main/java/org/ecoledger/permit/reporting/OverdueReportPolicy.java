package org.ecoledger.permit.reporting;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.command.OpenViolationCase;
import org.ecoledger.common.enforcement.event.ExecutionReportOverdue;
import org.springframework.stereotype.Component;

/**
 * An overdue report is a violation of its own: it opens a case in the same unit of work
 * (subscribing), under an ID derived from the report, so the two commit together and never twice.
 */
@Component
@ProcessingGroup("enforcement-policies")
class OverdueReportPolicy {

    private final CommandGateway commands;

    OverdueReportPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(ExecutionReportOverdue e) {
        String detail = "%s execution report %s of permit %s not submitted by %s".formatted(
                e.period().frequency().name().toLowerCase(), e.period(), e.reportId().value().split("/")[0], e.deadline());
        commands.sendAndWait(new OpenViolationCase(ViolationCaseId.forReport(e.reportId()), ViolationType.EXECUTION_REPORT_LATE, null,
                e.reportId(), e.enterpriseId(), e.region(), null, null, e.deadline(), null, null, detail, e.by(), e.at()));
    }
}
