package org.ecoledger.permit.violation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.ecoledger.common.enforcement.CaseStatus;
import org.ecoledger.common.enforcement.Penalties;
import org.ecoledger.common.enforcement.ViolationCaseId;
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
import org.ecoledger.permit.enforcement.JsonColumns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.ecoledger.permit.enforcement.JsonColumns.timestamp;

/**
 * Keeps the case tables (the queue and each case's history) in step with the event store. Runs in
 * the {@value #PROCESSING_GROUP} tracking processor, whose token commits with these rows; a replay
 * from the start rebuilds them.
 */
@Component
@ProcessingGroup(CaseRegister.PROCESSING_GROUP)
class CaseRegister {

    static final String PROCESSING_GROUP = "enforcement-register";

    private final JdbcClient jdbc;
    private final JsonColumns json;

    CaseRegister(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ViolationCaseOpened e, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO violation_case (case_id, type, severity, status, flag_id, report_id, enterprise_id, region, outlet, pollutant,
                                                    onset_at, observed, limit_value, detail, opened_at, last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (case_id) DO NOTHING""")
                .params(uuid(e.caseId()), e.type().name(), e.severity().name(), CaseStatus.OPEN.name(), e.flagId(),
                        e.reportId() == null ? null : e.reportId().value(), e.enterpriseId().value(), e.region().value(),
                        e.outlet() == null ? null : e.outlet().value(), e.pollutant() == null ? null : e.pollutant().name(),
                        timestamp(e.onsetAt()), e.observed(), e.limit(), e.detail(), timestamp(e.at()), timestamp(e.at()))
                .update();
        history(message, e.caseId(), "OPEN", null, false, e.by(), e.at(), e.detail(), null, null);
    }

    @EventHandler
    void on(ViolationCaseProgressed e) {
        jdbc.sql("""
                        UPDATE violation_case SET duration_hours = ?, peak = ?, exceeded_grams = ?, severity = ?, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(e.durationHours(), e.peak(), e.exceeded() == null ? null : e.exceeded().grams(), e.severity().name(),
                        timestamp(e.at()), uuid(e.caseId()))
                .update();
    }

    @EventHandler
    void on(CaseFlagCleared e, EventMessage<?> message) {
        // The flag lasted at least until it cleared, whatever monitoring last reported of its progress.
        jdbc.sql("""
                        UPDATE violation_case SET flag_cleared_at = ?, last_changed_at = ?,
                            duration_hours = GREATEST(duration_hours, FLOOR(EXTRACT(EPOCH FROM (CAST(? AS TIMESTAMPTZ) - onset_at)) / 3600))
                        WHERE case_id = ?""")
                .params(timestamp(e.clearedAt()), timestamp(e.at()), timestamp(e.clearedAt()), uuid(e.caseId()))
                .update();
        history(message, e.caseId(), "FLAG_CLEARED", null, false, e.by(), e.at(), e.detail(), null, null);
    }

    @EventHandler
    void on(CaseAssigned e, EventMessage<?> message) {
        jdbc.sql("UPDATE violation_case SET assignee = ?, status = ?, last_changed_at = ? WHERE case_id = ?")
                .params(e.assignee(), CaseStatus.ASSIGNED.name(), timestamp(e.at()), uuid(e.caseId()))
                .update();
        history(message, e.caseId(), "ASSIGN", null, false, e.by(), e.at(), "assigned to " + e.assignee(), null, null);
    }

    @EventHandler
    void on(CaseStatementSubmitted e, EventMessage<?> message) {
        touch(e.caseId(), e.at());
        history(message, e.caseId(), "STATEMENT", null, false, e.by(), e.at(), e.statement(), null, e.evidence());
    }

    @EventHandler
    void on(ViolationConfirmed e, EventMessage<?> message) {
        Penalties p = e.penalties();
        jdbc.sql("""
                        UPDATE violation_case SET status = ?, severity = ?, decision = ?, decided_at = ?, decision_reason = ?, penalties = ?::jsonb,
                            fine_fen = ?, daily_penalty_fen = ?, rectification_deadline = ?, suspended_permit = ?, accrued_through = ?,
                            accrued_fen = 0, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(CaseStatus.CONFIRMED.name(), e.severity().name(), e.decision(), timestamp(e.at()), e.reason(), json.write(p),
                        p.fine() == null ? null : p.fine().fen(), p.dailyPenalty() == null ? null : p.dailyPenalty().fen(),
                        p.rectificationDeadline(), p.suspendedPermit() == null ? null : UUID.fromString(p.suspendedPermit().value()),
                        e.at().atOffset(Validity.CHINA).toLocalDate(), timestamp(e.at()), uuid(e.caseId()))
                .update();
        supersede(e.caseId(), e.supersedes(), e.decision());
        history(message, e.caseId(), "CONFIRM", e.decision(), false, e.by(), e.at(), e.reason(), p, null);
    }

    @EventHandler
    void on(ViolationDismissed e, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE violation_case SET status = ?, decision = ?, decided_at = ?, decision_reason = ?, penalties = NULL, fine_fen = NULL,
                            daily_penalty_fen = NULL, rectification_deadline = NULL, suspended_permit = NULL, accrued_through = NULL,
                            accrued_fen = 0, last_changed_at = ?
                        WHERE case_id = ?""")
                .params(CaseStatus.DISMISSED.name(), e.decision(), timestamp(e.at()), e.reason(), timestamp(e.at()), uuid(e.caseId()))
                .update();
        supersede(e.caseId(), e.supersedes(), e.decision());
        history(message, e.caseId(), "DISMISS", e.decision(), false, e.by(), e.at(), e.reason(), null, null);
    }

    @EventHandler
    void on(DailyPenaltyAccrued e) {
        jdbc.sql("UPDATE violation_case SET accrued_through = ?, accrued_fen = ?, last_changed_at = ? WHERE case_id = ? AND decision = ?")
                .params(e.day(), e.accrued().fen(), timestamp(e.at()), uuid(e.caseId()), e.decision())
                .update();
    }

    @EventHandler
    void on(ViolationEndReported e, EventMessage<?> message) {
        jdbc.sql("UPDATE violation_case SET violation_ended_on = ?, last_changed_at = ? WHERE case_id = ?")
                .params(e.endedOn(), timestamp(e.at()), uuid(e.caseId()))
                .update();
        history(message, e.caseId(), "VIOLATION_ENDED", null, false, e.by(), e.at(), e.statement(), null, e.evidence());
    }

    @EventHandler
    void on(RectificationOverdue e, EventMessage<?> message) {
        jdbc.sql("UPDATE violation_case SET rectification_overdue = TRUE, severity = ?, last_changed_at = ? WHERE case_id = ?")
                .params(e.severity().name(), timestamp(e.at()), uuid(e.caseId()))
                .update();
        history(message, e.caseId(), "RECTIFICATION_OVERDUE", null, false, e.by(), e.at(),
                "not rectified by " + e.deadline() + "; escalated to " + e.severity(), null, null);
    }

    @EventHandler
    void on(CaseRequestRefused e, EventMessage<?> message) {
        history(message, e.caseId(), e.action().name(), null, true, e.by(), e.at(), e.reason() + ": " + e.detail(), null, null);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE violation_case_history, violation_case").update();
    }

    private void supersede(ViolationCaseId caseId, Integer superseded, int by) {
        if (superseded != null) {
            jdbc.sql("UPDATE violation_case_history SET superseded_by = ? WHERE case_id = ? AND decision = ?")
                    .params(by, uuid(caseId), superseded)
                    .update();
        }
    }

    private void touch(ViolationCaseId caseId, Instant at) {
        jdbc.sql("UPDATE violation_case SET last_changed_at = ? WHERE case_id = ?").params(timestamp(at), uuid(caseId)).update();
    }

    /** Steps are ordered by the case's own event sequence: several can share an instant. */
    private void history(EventMessage<?> message, ViolationCaseId caseId, String step, Integer decision, boolean refused, Actor by,
                         Instant at, String text, Penalties penalties, List<String> evidence) {
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0;
        jdbc.sql("""
                        INSERT INTO violation_case_history (event_id, case_id, sequence_number, step, decision, refused, actor_subject,
                                                            actor_role, at, text, penalties, evidence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(message.getIdentifier(), uuid(caseId), sequence, step, decision, refused, by.subject(), by.role().name(),
                        timestamp(at), text, json.write(penalties), json.write(evidence))
                .update();
    }

    private static UUID uuid(ViolationCaseId caseId) {
        return UUID.fromString(caseId.value());
    }
}
