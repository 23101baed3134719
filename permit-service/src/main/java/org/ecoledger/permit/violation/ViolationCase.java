package org.ecoledger.permit.violation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.enforcement.CaseAction;
import org.ecoledger.common.enforcement.CaseRefusalReason;
import org.ecoledger.common.enforcement.CaseStatus;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.Severity;
import org.ecoledger.common.enforcement.ViolationCaseId;
import org.ecoledger.common.enforcement.ViolationType;
import org.ecoledger.common.enforcement.command.AccrueDailyPenalties;
import org.ecoledger.common.enforcement.command.AssignCase;
import org.ecoledger.common.enforcement.command.ConfirmViolation;
import org.ecoledger.common.enforcement.command.DismissViolation;
import org.ecoledger.common.enforcement.command.EscalateOverdueRectification;
import org.ecoledger.common.enforcement.command.OpenViolationCase;
import org.ecoledger.common.enforcement.command.RecordFlagCleared;
import org.ecoledger.common.enforcement.command.RecordFlagProgress;
import org.ecoledger.common.enforcement.command.ReportViolationEnded;
import org.ecoledger.common.enforcement.command.SubmitCaseStatement;
import org.ecoledger.common.enforcement.event.CaseAssigned;
import org.ecoledger.common.enforcement.event.CaseFlagCleared;
import org.ecoledger.common.enforcement.event.CaseRequestRefused;
import org.ecoledger.common.enforcement.event.CaseStatementSubmitted;
import org.ecoledger.common.enforcement.event.DailyPenaltyAccrued;
import org.ecoledger.common.enforcement.event.RectificationOverdue;
import org.ecoledger.common.enforcement.event.ViolationCaseOpened;
import org.ecoledger.common.enforcement.event.ViolationCaseProgressed;
import org.ecoledger.common.enforcement.event.ViolationConfirmed;
import org.ecoledger.common.enforcement.event.ViolationDismissed;
import org.ecoledger.common.enforcement.event.ViolationEndReported;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.enforcement.EnforcementOutcome;
import org.ecoledger.support.security.Guards;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.value.ActorRole.ADMIN;
import static org.ecoledger.common.value.ActorRole.ENTERPRISE;
import static org.ecoledger.common.value.ActorRole.INSPECTOR;
import static org.ecoledger.common.value.ActorRole.SYSTEM;

/**
 * One violation, from the flag (or the overdue report) that opened it to the inspector's decision
 * and the penalties that follow. Monitoring keeps it informed while the violation goes on; an
 * inspector of its region takes it, reads the enterprise's statement, and confirms it with
 * penalties or dismisses it with a reason. Decisions are numbered and never edited: a new one
 * names the one it supersedes. Every request is recorded as an event or refused with a reason that
 * is recorded too.
 */
@Aggregate
class ViolationCase {

    /** A sweep that was down for a long time catches up at most this many days per command. */
    static final int MAXIMUM_DAYS_PER_ACCRUAL = 366;

    @AggregateIdentifier
    private ViolationCaseId caseId;
    private ViolationType type;
    private EnterpriseId enterpriseId;
    private RegionCode region;
    private BigDecimal limit;
    private Severity severity;
    private CaseStatus status;
    private String assignee;
    private long durationHours;
    private BigDecimal peak;
    private Mass exceeded;
    private boolean flagCleared;
    private int decision;
    private Penalties penalties;
    private LocalDate accruedThrough;
    private Money accrued;
    private LocalDate endedOn;
    private boolean rectificationOverdue;

    /** Opening twice (the same flag or report again) opens nothing: the case ID comes from the source. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenViolationCase command) {
        if (caseId != null) {
            return;
        }
        Guards.requireRole(command.by(), "open a violation case", SYSTEM, ADMIN);
        apply(new ViolationCaseOpened(command.caseId(), command.type(),
                SeverityRule.of(command.type(), command.observed(), command.limit(), 0), command.flagId(), command.reportId(),
                command.enterpriseId(), command.region(), command.outlet(), command.pollutant(), command.onsetAt(), command.observed(),
                command.limit(), command.detail(), command.by(), command.at()));
    }

    /** Progress after the decision is recorded for the inspector, but the decided severity stands. */
    @CommandHandler
    void handle(RecordFlagProgress command) {
        Guards.requireRole(command.by(), "record a violation's progress", SYSTEM, ADMIN);
        if (command.durationHours() == durationHours && sameNumber(command.peak(), peak) && Objects.equals(command.exceeded(), exceeded)) {
            return;
        }
        Severity progressed = status.decided() ? severity
                : severity.atLeast(SeverityRule.of(type, command.peak(), limit, command.durationHours()));
        apply(new ViolationCaseProgressed(caseId, enterpriseId, region, command.durationHours(), command.peak(), command.exceeded(),
                progressed, command.by(), command.at()));
    }

    @CommandHandler
    void handle(RecordFlagCleared command) {
        Guards.requireRole(command.by(), "record a cleared flag", SYSTEM, ADMIN);
        if (!flagCleared) {
            apply(new CaseFlagCleared(caseId, enterpriseId, region, command.clearedAt(), command.detail(), command.by(), command.at()));
        }
    }

    @CommandHandler
    EnforcementOutcome handle(AssignCase command) {
        authorize(command.by(), "assign a violation case", INSPECTOR, ADMIN);
        if (status.decided()) {
            return refuse(CaseAction.ASSIGN, CaseRefusalReason.ALREADY_DECIDED, "the case is " + status, command.by(), command.at());
        }
        apply(new CaseAssigned(caseId, enterpriseId, region, command.assignee(), command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    @CommandHandler
    EnforcementOutcome handle(SubmitCaseStatement command) {
        authorize(command.by(), "submit a statement on a violation case", ENTERPRISE, ADMIN);
        if (status.decided()) {
            return refuse(CaseAction.SUBMIT_STATEMENT, CaseRefusalReason.ALREADY_DECIDED,
                    "statements are taken before the decision; the case is " + status, command.by(), command.at());
        }
        apply(new CaseStatementSubmitted(caseId, enterpriseId, region, command.statement(), command.evidence(), command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    @CommandHandler
    EnforcementOutcome handle(ConfirmViolation command) {
        authorize(command.by(), "confirm a violation", INSPECTOR, ADMIN);
        LocalDate decidedOn = chinaDay(command.at());
        LocalDate deadline = command.penalties().rectificationDeadline();
        if (deadline != null && !deadline.isAfter(decidedOn)) {
            throw new IllegalArgumentException("a rectification deadline lies after the day of the decision (" + decidedOn + ")");
        }
        Optional<EnforcementOutcome> refused = refuseOutOfOrderDecision(CaseAction.CONFIRM, command.supersedes(), command.by(), command.at());
        if (refused.isPresent()) {
            return refused.get();
        }
        apply(new ViolationConfirmed(caseId, enterpriseId, region, type, severity, decision + 1, command.supersedes(), command.penalties(),
                command.reason(), command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    @CommandHandler
    EnforcementOutcome handle(DismissViolation command) {
        authorize(command.by(), "dismiss a violation case", INSPECTOR, ADMIN);
        Optional<EnforcementOutcome> refused = refuseOutOfOrderDecision(CaseAction.DISMISS, command.supersedes(), command.by(), command.at());
        if (refused.isPresent()) {
            return refused.get();
        }
        apply(new ViolationDismissed(caseId, enterpriseId, region, type, decision + 1, command.supersedes(), command.reason(),
                command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    /**
     * One event per day not yet accrued that has fully passed, from the day after the decision up to
     * the day before the enterprise showed the violation ended. Nothing to accrue is not a refusal:
     * the sweep asks every case that might owe something.
     */
    @CommandHandler
    void handle(AccrueDailyPenalties command) {
        Guards.requireRole(command.by(), "accrue daily penalties", SYSTEM, ADMIN);
        if (!dailyPenaltyInForce()) {
            return;
        }
        LocalDate through = chinaDay(command.at()).minusDays(1);
        if (endedOn != null && !endedOn.isAfter(through)) {
            through = endedOn.minusDays(1);
        }
        Money perDay = penalties.dailyPenalty();
        Money total = accrued;
        int days = 0;
        for (LocalDate day = accruedThrough.plusDays(1); !day.isAfter(through) && days < MAXIMUM_DAYS_PER_ACCRUAL; day = day.plusDays(1)) {
            total = total.plus(perDay);
            apply(new DailyPenaltyAccrued(caseId, enterpriseId, region, decision, day, perDay, total, command.by(), command.at()));
            days++;
        }
    }

    @CommandHandler
    EnforcementOutcome handle(ReportViolationEnded command) {
        authorize(command.by(), "report a violation ended", ENTERPRISE, ADMIN);
        if (!dailyPenaltyInForce() && !rectificationOrdered()) {
            return refuse(CaseAction.REPORT_VIOLATION_ENDED, CaseRefusalReason.NOTHING_CONTINUES,
                    "no daily penalty or rectification order is in force on this case", command.by(), command.at());
        }
        if (endedOn != null) {
            return refuse(CaseAction.REPORT_VIOLATION_ENDED, CaseRefusalReason.VIOLATION_END_ALREADY_REPORTED,
                    "the end was reported for " + endedOn, command.by(), command.at());
        }
        LocalDate day = chinaDay(command.at());
        boolean rectifiedInTime = rectificationOrdered() && !rectificationOverdue && !day.isAfter(penalties.rectificationDeadline());
        apply(new ViolationEndReported(caseId, enterpriseId, region, day, rectifiedInTime, command.statement(), command.evidence(),
                command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    /** Asking again, or after the order was met in time, changes nothing; asking early is refused. */
    @CommandHandler
    EnforcementOutcome handle(EscalateOverdueRectification command) {
        Guards.requireRole(command.by(), "escalate an overdue rectification", SYSTEM, ADMIN);
        if (!rectificationOrdered()) {
            return refuse(CaseAction.ESCALATE_OVERDUE_RECTIFICATION, CaseRefusalReason.NOTHING_CONTINUES,
                    "no rectification order is in force on this case", command.by(), command.at());
        }
        LocalDate deadline = penalties.rectificationDeadline();
        if (rectificationOverdue || endedOn != null && !endedOn.isAfter(deadline)) {
            return EnforcementOutcome.ACCEPTED;
        }
        if (!chinaDay(command.at()).isAfter(deadline)) {
            return refuse(CaseAction.ESCALATE_OVERDUE_RECTIFICATION, CaseRefusalReason.RECTIFICATION_NOT_OVERDUE,
                    "the rectification is due by " + deadline, command.by(), command.at());
        }
        apply(new RectificationOverdue(caseId, enterpriseId, region, deadline, severity.escalated(), command.by(), command.at()));
        return EnforcementOutcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ViolationCaseOpened event) {
        caseId = event.caseId();
        type = event.type();
        enterpriseId = event.enterpriseId();
        region = event.region();
        limit = event.limit();
        severity = event.severity();
        status = CaseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ViolationCaseProgressed event) {
        durationHours = event.durationHours();
        peak = event.peak();
        exceeded = event.exceeded();
        severity = event.severity();
    }

    @EventSourcingHandler
    void on(CaseFlagCleared event) {
        flagCleared = true;
    }

    @EventSourcingHandler
    void on(CaseAssigned event) {
        assignee = event.assignee();
        status = CaseStatus.ASSIGNED;
    }

    @EventSourcingHandler
    void on(ViolationConfirmed event) {
        decision = event.decision();
        penalties = event.penalties();
        accruedThrough = chinaDay(event.at());
        accrued = Money.ZERO;
        status = CaseStatus.CONFIRMED;
    }

    @EventSourcingHandler
    void on(ViolationDismissed event) {
        decision = event.decision();
        penalties = null;
        status = CaseStatus.DISMISSED;
    }

    @EventSourcingHandler
    void on(DailyPenaltyAccrued event) {
        accruedThrough = event.day();
        accrued = event.accrued();
    }

    @EventSourcingHandler
    void on(ViolationEndReported event) {
        endedOn = event.endedOn();
    }

    @EventSourcingHandler
    void on(RectificationOverdue event) {
        rectificationOverdue = true;
        severity = event.severity();
    }

    private void authorize(Actor actor, String action, ActorRole... roles) {
        Guards.requireRole(actor, action, roles);
        Guards.requireAccess(actor, enterpriseId, region);
    }

    /**
     * The first decision supersedes nothing; every later one names the current decision. Once an
     * inspector holds the case, another inspector may not decide it.
     */
    private Optional<EnforcementOutcome> refuseOutOfOrderDecision(CaseAction action, Integer supersedes, Actor by, Instant at) {
        if (!status.decided() && supersedes != null) {
            return Optional.of(refuse(action, CaseRefusalReason.NOT_THE_CURRENT_DECISION,
                    "the case has no decision to supersede", by, at));
        }
        if (status.decided() && supersedes == null) {
            return Optional.of(refuse(action, CaseRefusalReason.ALREADY_DECIDED,
                    "decision " + decision + " stands; a new decision names the one it supersedes", by, at));
        }
        if (status.decided() && supersedes != decision) {
            return Optional.of(refuse(action, CaseRefusalReason.NOT_THE_CURRENT_DECISION,
                    "the current decision is " + decision + ", not " + supersedes, by, at));
        }
        if (assignee != null && by.is(INSPECTOR) && !assignee.equals(by.subject())) {
            return Optional.of(refuse(action, CaseRefusalReason.ASSIGNED_TO_ANOTHER_INSPECTOR,
                    "the case is assigned to " + assignee, by, at));
        }
        return Optional.empty();
    }

    private boolean dailyPenaltyInForce() {
        return status == CaseStatus.CONFIRMED && penalties.accruesDaily();
    }

    private boolean rectificationOrdered() {
        return status == CaseStatus.CONFIRMED && penalties.ordersRectification();
    }

    private EnforcementOutcome refuse(CaseAction action, CaseRefusalReason reason, String detail, Actor by, Instant at) {
        apply(new CaseRequestRefused(caseId, enterpriseId, region, action, reason, detail, by, at));
        return EnforcementOutcome.refused(action, reason, detail);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static LocalDate chinaDay(Instant instant) {
        return instant.atOffset(Validity.CHINA).toLocalDate();
    }

    ViolationCase() {
        // Required by Axon to rebuild the case from its events.
    }
}
