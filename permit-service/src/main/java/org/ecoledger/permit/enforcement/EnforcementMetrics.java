package org.ecoledger.permit.enforcement;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.event.CaseRequestRefused;
import org.ecoledger.common.enforcement.event.CreditLevelAssigned;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.enforcement.event.ExecutionReportOverdue;
import org.ecoledger.common.enforcement.event.ExecutionReportSubmitted;
import org.ecoledger.common.enforcement.event.ViolationCaseOpened;
import org.ecoledger.common.enforcement.event.ViolationConfirmed;
import org.ecoledger.common.enforcement.event.ViolationDismissed;
import org.springframework.stereotype.Component;

/**
 * Enforcement counters. Subscribing, so they count what happens in this process, not history a
 * replay walks through. Tags are bounded: violation type, outcome, action, reason, level; never an
 * enterprise or a case.
 */
@Component
@ProcessingGroup("enforcement-metrics")
class EnforcementMetrics {

    private static final String OPENED = "ecoledger.enforcement.cases.opened";
    private static final String DECISIONS = "ecoledger.enforcement.decisions";

    private final MeterRegistry meters;

    EnforcementMetrics(MeterRegistry meters) {
        this.meters = meters;
        // Registered up front so that a dashboard sees zero rather than no series at all.
        for (ViolationType type : ViolationType.values()) {
            meters.counter(OPENED, "type", type.name());
        }
        for (CreditLevel level : CreditLevel.values()) {
            meters.counter("ecoledger.enforcement.credit.assigned", "level", level.name());
        }
    }

    @EventHandler
    void on(ViolationCaseOpened event) {
        meters.counter(OPENED, "type", event.type().name()).increment();
    }

    @EventHandler
    void on(ViolationConfirmed event) {
        meters.counter(DECISIONS, "outcome", "confirmed", "type", event.type().name()).increment();
    }

    @EventHandler
    void on(ViolationDismissed event) {
        meters.counter(DECISIONS, "outcome", "dismissed", "type", event.type().name()).increment();
    }

    @EventHandler
    void on(CaseRequestRefused event) {
        meters.counter("ecoledger.enforcement.refusals", "action", event.action().name(), "reason", event.reason().name()).increment();
    }

    @EventHandler
    void on(CreditLevelAssigned event) {
        meters.counter("ecoledger.enforcement.credit.assigned", "level", event.level().name()).increment();
    }

    @EventHandler
    void on(EnterpriseBlacklisted event) {
        meters.counter("ecoledger.enforcement.blacklisted").increment();
    }

    @EventHandler
    void on(ExecutionReportSubmitted event) {
        meters.counter("ecoledger.enforcement.reports.submitted", "discrepant", Boolean.toString(event.discrepancies() > 0),
                "late", Boolean.toString(event.late())).increment();
    }

    @EventHandler
    void on(ExecutionReportOverdue event) {
        meters.counter("ecoledger.enforcement.reports.overdue", "frequency", event.period().frequency().name()).increment();
    }
}
