package org.ecoledger.permit.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.event.ApplicationCorrected;
import org.ecoledger.common.permit.event.ApplicationFoundComplete;
import org.ecoledger.common.permit.event.ApplicationReturnedAsIncomplete;
import org.ecoledger.common.permit.event.EnterpriseRegistered;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitAmendmentHeldForQuota;
import org.ecoledger.common.permit.event.PermitApplicationRejected;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIssuanceHeldForQuota;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitQuotaFellShort;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.permit.event.PermitQuotaReleased;
import org.ecoledger.common.permit.event.PermitQuotaRetired;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.PermitTransitionRefused;
import org.ecoledger.common.permit.event.RenewalRequested;
import org.ecoledger.common.permit.event.VoluntaryCommitmentRecorded;
import org.ecoledger.common.value.Actor;
import org.ecoledger.permit.quota.ProjectQuota;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the register tables (enterprises, permits, annual totals, term versions and the audit
 * trail) in step with the event store. It runs in a tracking processor whose token commits in
 * the same transaction as these rows, and replaying from the start rebuilds them.
 */
@Component
@ProcessingGroup(PermitRegisterProjection.PROCESSING_GROUP)
class PermitRegisterProjection {

    static final String PROCESSING_GROUP = "permit-register";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PermitRegisterProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(EnterpriseRegistered event) {
        jdbc.sql("""
                        INSERT INTO enterprise (enterprise_id, name, industry, region, registered_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (enterprise_id) DO NOTHING""")
                .params(event.enterpriseId().value(), event.name(), event.industry(), event.region().value(), ts(event.at()))
                .update();
    }

    @EventHandler
    void on(PermitApplied event, EventMessage<?> message) {
        jdbc.sql("""
                        INSERT INTO permit (permit_id, permit_number, enterprise_id, region, industry, management_class, status, terms,
                                            requested_from, requested_until, applied_at, last_changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                        ON CONFLICT (permit_id) DO NOTHING""")
                .params(uuid(event.permitId()), event.permitNumber().value(), event.enterpriseId().value(), event.region().value(),
                        event.industry(), event.managementClass().name(), PermitStatus.SUBMITTED.name(), toJson(event.terms()),
                        event.requestedValidity().from(), event.requestedValidity().until(), ts(event.at()), ts(event.at()))
                .update();
        record(message, event.permitId(), PermitTransition.APPLY, false, event.by(), event.at(), null);
    }

    @EventHandler
    void on(ApplicationFoundComplete event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.UNDER_REVIEW, event.at());
        record(message, event.permitId(), PermitTransition.CONFIRM_COMPLETE, false, event.by(), event.at(), null);
    }

    @EventHandler
    void on(ApplicationReturnedAsIncomplete event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.RETURNED_FOR_CORRECTION, event.at());
        record(message, event.permitId(), PermitTransition.RETURN_AS_INCOMPLETE, false, event.by(), event.at(),
                String.join("; ", event.missingItems()));
    }

    @EventHandler
    void on(ApplicationCorrected event, EventMessage<?> message) {
        jdbc.sql("""
                        UPDATE permit SET status = ?, terms = ?::jsonb, requested_from = ?, requested_until = ?, last_changed_at = ?
                        WHERE permit_id = ?""")
                .params(PermitStatus.SUBMITTED.name(), toJson(event.terms()), event.requestedValidity().from(),
                        event.requestedValidity().until(), ts(event.at()), uuid(event.permitId()))
                .update();
        record(message, event.permitId(), PermitTransition.CORRECT_APPLICATION, false, event.by(), event.at(), null);
    }

    @EventHandler
    void on(PermitApplicationRejected event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.REJECTED, event.at());
        record(message, event.permitId(), PermitTransition.REJECT, false, event.by(), event.at(), String.join("; ", event.reasons()));
    }

    @EventHandler
    void on(PermitIssued event, EventMessage<?> message) {
        jdbc.sql("UPDATE permit SET status = ?, version = ?, last_changed_at = ? WHERE permit_id = ?")
                .params(PermitStatus.ISSUED.name(), event.version(), ts(event.at()), uuid(event.permitId()))
                .update();
        setValidity(event.permitId(), event.validity());
        setTerms(event.permitId(), event.version(), event.terms(), event.at(), event.opinion());
        record(message, event.permitId(), PermitTransition.ISSUE, false, event.by(), event.at(), event.opinion());
    }

    @EventHandler
    void on(PermitAmended event, EventMessage<?> message) {
        jdbc.sql("UPDATE permit SET version = ?, last_changed_at = ? WHERE permit_id = ?")
                .params(event.version(), ts(event.at()), uuid(event.permitId()))
                .update();
        setTerms(event.permitId(), event.version(), event.terms(), event.at(), event.reason());
        record(message, event.permitId(), PermitTransition.AMEND, false, event.by(), event.at(), event.reason());
    }

    @EventHandler
    void on(PermitIssuanceHeldForQuota event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.PENDING_QUOTA, event.at());
        record(message, event.permitId(), PermitTransition.ISSUE, false, event.by(), event.at(),
                "held until the emission rights are retired: " + event.opinion());
    }

    @EventHandler
    void on(PermitAmendmentHeldForQuota event, EventMessage<?> message) {
        record(message, event.permitId(), PermitTransition.AMEND, false, event.by(), event.at(),
                "version " + event.version() + " held until the emission rights are retired: " + event.reason());
    }

    @EventHandler
    void on(PermitQuotaRequested event, EventMessage<?> message) {
        record(message, event.permitId(), PermitTransition.REQUEST_QUOTA, false, event.by(), event.at(),
                "version " + event.version() + " needs " + ProjectQuota.describe(event.requirements()));
    }

    @EventHandler
    void on(PermitQuotaFellShort event, EventMessage<?> message) {
        record(message, event.permitId(), PermitTransition.RECORD_QUOTA_SHORTFALL, false, event.by(), event.at(),
                "short in trading area " + event.area() + " of " + ProjectQuota.describe(event.shortfall()));
    }

    @EventHandler
    void on(PermitQuotaRetired event, EventMessage<?> message) {
        String retired = event.retired().stream().map(r -> r.quotaClass() + " " + r.quantity()).collect(Collectors.joining("; "));
        record(message, event.permitId(), PermitTransition.RECORD_QUOTA_RETIREMENT, false, event.by(), event.at(),
                "retired in trading area " + event.area() + ": " + retired);
    }

    @EventHandler
    void on(PermitQuotaReleased event, EventMessage<?> message) {
        record(message, event.permitId(), PermitTransition.RECORD_QUOTA_RETIREMENT, false, event.by(), event.at(),
                "version " + event.version() + " did not take effect; the rights go back to the enterprise in trading area " + event.area());
    }

    @EventHandler
    void on(RenewalRequested event, EventMessage<?> message) {
        jdbc.sql("UPDATE permit SET renewal_requested = TRUE, last_changed_at = ? WHERE permit_id = ?")
                .params(ts(event.at()), uuid(event.permitId()))
                .update();
        record(message, event.permitId(), PermitTransition.REQUEST_RENEWAL, false, event.by(), event.at(), null);
    }

    @EventHandler
    void on(PermitRenewed event, EventMessage<?> message) {
        jdbc.sql("UPDATE permit SET renewal_requested = FALSE, last_changed_at = ? WHERE permit_id = ?")
                .params(ts(event.at()), uuid(event.permitId()))
                .update();
        setValidity(event.permitId(), event.validity());
        record(message, event.permitId(), PermitTransition.GRANT_RENEWAL, false, event.by(), event.at(), event.opinion());
    }

    @EventHandler
    void on(PermitSuspended event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.SUSPENDED, event.at());
        record(message, event.permitId(), PermitTransition.SUSPEND, false, event.by(), event.at(), event.reason());
    }

    @EventHandler
    void on(PermitReinstated event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.ISSUED, event.at());
        record(message, event.permitId(), PermitTransition.REINSTATE, false, event.by(), event.at(), event.reason());
    }

    @EventHandler
    void on(PermitRevoked event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.REVOKED, event.at());
        record(message, event.permitId(), PermitTransition.REVOKE, false, event.by(), event.at(), event.reason());
    }

    @EventHandler
    void on(PermitCancelled event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.CANCELLED, event.at());
        record(message, event.permitId(), PermitTransition.CANCEL, false, event.by(), event.at(), event.reason());
    }

    @EventHandler
    void on(PermitExpired event, EventMessage<?> message) {
        changeStatus(event.permitId(), PermitStatus.EXPIRED, event.at());
        record(message, event.permitId(), PermitTransition.EXPIRE, false, event.by(), event.at(), null);
    }

    @EventHandler
    void on(VoluntaryCommitmentRecorded event, EventMessage<?> message) {
        jdbc.sql("UPDATE permit SET voluntary_commitments = ?::jsonb, last_changed_at = ? WHERE permit_id = ?")
                .params(toJson(event.commitments()), ts(event.at()), uuid(event.permitId()))
                .update();
        record(message, event.permitId(), PermitTransition.RECORD_VOLUNTARY_COMMITMENT, false, event.by(), event.at(), null);
    }

    @EventHandler
    void on(PermitTransitionRefused event, EventMessage<?> message) {
        record(message, event.permitId(), event.transition(), true, event.by(), event.at(), event.reason() + ": " + event.detail());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE permit_history, permit_terms_version, permit_annual_total, permit, enterprise").update();
    }

    private void changeStatus(PermitId permitId, PermitStatus status, Instant at) {
        jdbc.sql("UPDATE permit SET status = ?, last_changed_at = ? WHERE permit_id = ?")
                .params(status.name(), ts(at), uuid(permitId))
                .update();
    }

    private void setValidity(PermitId permitId, Validity validity) {
        jdbc.sql("UPDATE permit SET valid_from = ?, valid_until = ?, expires_at = ? WHERE permit_id = ?")
                .params(validity.from(), validity.until(), ts(validity.expiresAt()), uuid(permitId))
                .update();
    }

    private void setTerms(PermitId permitId, int version, PermitTerms terms, Instant at, String reason) {
        UUID id = uuid(permitId);
        jdbc.sql("UPDATE permit SET terms = ?::jsonb WHERE permit_id = ?").params(toJson(terms), id).update();
        // A version is written again only when its event is handled again: retried from the dead-letter queue after a
        // failure part way through this handler, whose first writes were committed with the batch. The retry's terms win.
        jdbc.sql("""
                        INSERT INTO permit_terms_version (permit_id, version, terms, effective_at, reason) VALUES (?, ?, ?::jsonb, ?, ?)
                        ON CONFLICT (permit_id, version) DO UPDATE SET terms = EXCLUDED.terms, effective_at = EXCLUDED.effective_at,
                            reason = EXCLUDED.reason""")
                .params(id, version, toJson(terms), ts(at), reason)
                .update();
        jdbc.sql("DELETE FROM permit_annual_total WHERE permit_id = ?").param(id).update();
        terms.annualTotals().forEach(total -> jdbc.sql("INSERT INTO permit_annual_total (permit_id, pollutant, grams) VALUES (?, ?, ?)")
                .params(id, total.pollutant().name(), total.perYear().grams())
                .update());
    }

    private void record(EventMessage<?> message, PermitId permitId, PermitTransition transition, boolean refused, Actor by,
                        Instant at, String reason) {
        jdbc.sql("""
                        INSERT INTO permit_history (event_id, permit_id, transition, refused, actor_subject, actor_role, at, reason,
                                                    sequence_number)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (event_id) DO NOTHING""")
                .params(message.getIdentifier(), uuid(permitId), transition.name(), refused, by.subject(), by.role().name(), ts(at), reason,
                        message instanceof DomainEventMessage<?> event ? event.getSequenceNumber() : null)
                .update();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the published language always serializes", e);
        }
    }

    private static UUID uuid(PermitId permitId) {
        return UUID.fromString(permitId.value());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
