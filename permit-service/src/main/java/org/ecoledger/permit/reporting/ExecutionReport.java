package org.ecoledger.permit.reporting;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.enforcement.ExecutionReportId;
import org.ecoledger.common.enforcement.ReportLine;
import org.ecoledger.common.enforcement.command.MarkReportOverdue;
import org.ecoledger.common.enforcement.command.SubmitExecutionReport;
import org.ecoledger.common.enforcement.event.ExecutionReportOverdue;
import org.ecoledger.common.enforcement.event.ExecutionReportSubmitted;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.support.security.Guards;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.value.ActorRole.ADMIN;
import static org.ecoledger.common.value.ActorRole.ENTERPRISE;
import static org.ecoledger.common.value.ActorRole.SYSTEM;

/**
 * One execution report (执行报告) of one permit for one period, from the first time anyone speaks of
 * it: the enterprise submitting it, or the platform finding its deadline passed. Submitted, it is
 * compared with what monitoring counted and large differences are marked; corrected, it gets a new
 * version. Not in by its deadline, it is overdue, which opens a violation case; a report submitted
 * after that is still taken, marked late.
 */
@Aggregate
class ExecutionReport {

    @AggregateIdentifier
    private ExecutionReportId reportId;
    private EnterpriseId enterpriseId;
    private int version;
    private boolean overdue;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    List<ReportLine> handle(SubmitExecutionReport command, DiscrepancyRule rule) {
        Guards.requireRole(command.by(), "submit an execution report", ENTERPRISE, ADMIN);
        Guards.requireAccess(command.by(), command.enterpriseId(), command.region());
        requireSameEnterprise(command.enterpriseId());
        if (command.at().isBefore(command.period().endsAt())) {
            throw new IllegalArgumentException("the report on " + command.period() + " can be made once the period has ended");
        }
        List<ReportLine> lines = rule.compare(command.emissions(), command.monitored());
        boolean late = overdue || command.at().isAfter(command.deadline());
        apply(new ExecutionReportSubmitted(command.reportId(), command.permitId(), command.enterpriseId(), command.region(),
                command.period(), version + 1, lines, late, command.by(), command.at()));
        return lines;
    }

    /** Marking a submitted or already overdue report changes nothing; the sweep may ask more than once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MarkReportOverdue command) {
        Guards.requireRole(command.by(), "mark a report overdue", SYSTEM, ADMIN);
        requireSameEnterprise(command.enterpriseId());
        if (version > 0 || overdue) {
            return;
        }
        if (command.at().isBefore(command.deadline())) {
            throw new IllegalArgumentException("the report on " + command.period() + " is due by " + command.deadline());
        }
        apply(new ExecutionReportOverdue(command.reportId(), command.permitId(), command.enterpriseId(), command.region(),
                command.period(), command.deadline(), command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(ExecutionReportSubmitted event) {
        reportId = event.reportId();
        enterpriseId = event.enterpriseId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(ExecutionReportOverdue event) {
        reportId = event.reportId();
        enterpriseId = event.enterpriseId();
        overdue = true;
    }

    /** The report's ID names its permit, so it can only ever be about one enterprise. */
    private void requireSameEnterprise(EnterpriseId claimed) {
        if (enterpriseId != null && !enterpriseId.equals(claimed)) {
            throw new IllegalArgumentException("report " + reportId + " is about enterprise " + enterpriseId + ", not " + claimed);
        }
    }

    ExecutionReport() {
        // Required by Axon to rebuild the report from its events.
    }
}
