package org.ecoledger.permit.lifecycle;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitStatus;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.VoluntaryCommitment;
import org.ecoledger.common.permit.command.AmendPermit;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.permit.command.CancelPermit;
import org.ecoledger.common.permit.command.ConfirmApplicationComplete;
import org.ecoledger.common.permit.command.CorrectApplication;
import org.ecoledger.common.permit.command.ExpirePermit;
import org.ecoledger.common.permit.command.GrantRenewal;
import org.ecoledger.common.permit.command.IssuePermit;
import org.ecoledger.common.permit.command.RecordQuotaRetirement;
import org.ecoledger.common.permit.command.RecordQuotaShortfall;
import org.ecoledger.common.permit.command.RecordVoluntaryCommitment;
import org.ecoledger.common.permit.command.ReinstatePermit;
import org.ecoledger.common.permit.command.RejectApplication;
import org.ecoledger.common.permit.command.RequestRenewal;
import org.ecoledger.common.permit.command.RetryQuotaRequest;
import org.ecoledger.common.permit.command.ReturnApplicationAsIncomplete;
import org.ecoledger.common.permit.command.RevokePermit;
import org.ecoledger.common.permit.command.SuspendPermit;
import org.ecoledger.common.permit.event.ApplicationCorrected;
import org.ecoledger.common.permit.event.ApplicationFoundComplete;
import org.ecoledger.common.permit.event.ApplicationReturnedAsIncomplete;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitAmendmentHeldForQuota;
import org.ecoledger.common.permit.event.PermitApplicationRejected;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIssuanceHeldForQuota;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitQuotaFellShort;
import org.ecoledger.common.permit.event.PermitQuotaReleased;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.permit.event.PermitQuotaRetired;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.PermitTransitionRefused;
import org.ecoledger.common.permit.event.RenewalRequested;
import org.ecoledger.common.permit.event.VoluntaryCommitmentRecorded;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.ActorRole;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.permit.quota.ProjectQuota;
import org.ecoledger.support.security.Guards;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.ecoledger.common.permit.PermitStatus.EXPIRED;
import static org.ecoledger.common.permit.PermitStatus.ISSUED;
import static org.ecoledger.common.permit.PermitStatus.PENDING_QUOTA;
import static org.ecoledger.common.permit.PermitStatus.RETURNED_FOR_CORRECTION;
import static org.ecoledger.common.permit.PermitStatus.SUBMITTED;
import static org.ecoledger.common.permit.PermitStatus.SUSPENDED;
import static org.ecoledger.common.permit.PermitStatus.UNDER_REVIEW;
import static org.ecoledger.common.value.ActorRole.ADMIN;
import static org.ecoledger.common.value.ActorRole.ENTERPRISE;
import static org.ecoledger.common.value.ActorRole.REVIEWER;
import static org.ecoledger.common.value.ActorRole.SYSTEM;

/**
 * A discharge permit (or registration) from its application to its end. The enterprise opens it
 * (see {@code Enterprise}); from then on every request about it comes here, is checked against
 * who asks, the permit's status and its dates, and is either recorded as an event or refused
 * with a reason that is itself recorded.
 *
 * <p>A new or expanded project's permit, or an amendment that raises its totals, takes effect only
 * once trading-service has retired the emission rights it needs from the enterprise's account. The
 * reviewer's decision is held, a request for the rights is published, and the answer (retired, or
 * the shortfall) comes back as a command; the decision takes effect only on the first, so nothing
 * is ever issued without its rights.
 */
@Aggregate
class Permit {

    private static final Set<PermitStatus> OPEN_APPLICATION = Set.of(SUBMITTED, RETURNED_FOR_CORRECTION, UNDER_REVIEW, PENDING_QUOTA);
    private static final Set<PermitStatus> IN_FORCE = Set.of(ISSUED, SUSPENDED);

    @AggregateIdentifier
    private PermitId permitId;
    private PermitNumber number;
    private EnterpriseId enterpriseId;
    private RegionCode region;
    private ManagementClass managementClass;
    private PermitStatus status;
    private PermitTerms terms;
    private Validity requestedValidity;
    private Validity validity;
    private int version;
    private boolean renewalRequested;
    private boolean newOrExpandedProject;
    /** The issuance or amendment waiting for its rights; null when none waits. */
    private HeldDecision held;

    Permit(ApplyForPermit application, PermitNumber number, RegionCode region, String industry) {
        requireTermsFitClass(application.managementClass(), application.terms());
        apply(new PermitApplied(application.permitId(), number, application.enterpriseId(), region, industry,
                application.managementClass(), application.terms(), application.requestedValidity(), application.commitment(),
                application.newOrExpandedProject(), application.by(), application.at()));
    }

    @CommandHandler
    Outcome handle(ConfirmApplicationComplete command) {
        authorize(command.by(), "check an application's completeness", REVIEWER, ADMIN);
        if (status != SUBMITTED) {
            return refuseInStatus(PermitTransition.CONFIRM_COMPLETE, command.by(), command.at());
        }
        apply(new ApplicationFoundComplete(permitId, number, enterpriseId, region, command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(ReturnApplicationAsIncomplete command) {
        authorize(command.by(), "check an application's completeness", REVIEWER, ADMIN);
        if (status != SUBMITTED) {
            return refuseInStatus(PermitTransition.RETURN_AS_INCOMPLETE, command.by(), command.at());
        }
        apply(new ApplicationReturnedAsIncomplete(permitId, number, enterpriseId, region, command.missingItems(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(CorrectApplication command) {
        authorize(command.by(), "correct an application", ENTERPRISE, ADMIN);
        requireTermsFitClass(managementClass, command.terms());
        if (status != RETURNED_FOR_CORRECTION) {
            return refuseInStatus(PermitTransition.CORRECT_APPLICATION, command.by(), command.at());
        }
        apply(new ApplicationCorrected(permitId, number, enterpriseId, region, command.terms(), command.requestedValidity(),
                command.commitment(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(IssuePermit command) {
        authorize(command.by(), "issue a permit", REVIEWER, ADMIN);
        if (status != UNDER_REVIEW) {
            return refuseInStatus(PermitTransition.ISSUE, command.by(), command.at());
        }
        Validity granted = command.validity() != null ? command.validity() : requestedValidity;
        List<QuotaRequirement> requirements = newOrExpandedProject
                ? ProjectQuota.forNewPermit(terms, granted, command.at())
                : List.of();
        if (!requirements.isEmpty()) {
            apply(new PermitIssuanceHeldForQuota(permitId, number, enterpriseId, region, granted, command.opinion(), command.by(), command.at()));
            apply(new PermitQuotaRequested(permitId, number, enterpriseId, region, 1, requirements, command.by(), command.at()));
            return Outcome.heldForQuota(requirements);
        }
        apply(new PermitIssued(permitId, number, enterpriseId, region, managementClass, granted, 1, terms, command.opinion(),
                command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(RejectApplication command) {
        authorize(command.by(), "reject an application", REVIEWER, ADMIN);
        if (status != SUBMITTED && status != UNDER_REVIEW && status != PENDING_QUOTA) {
            return refuseInStatus(PermitTransition.REJECT, command.by(), command.at());
        }
        apply(new PermitApplicationRejected(permitId, number, enterpriseId, region, command.reasons(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(AmendPermit command) {
        authorize(command.by(), "amend a permit", REVIEWER, ADMIN);
        requireTermsFitClass(managementClass, command.terms());
        if (status != ISSUED) {
            return refuseInStatus(PermitTransition.AMEND, command.by(), command.at());
        }
        if (held != null) {
            // Both would become the next version; the rights retired for one must not make the other.
            return refuse(PermitTransition.AMEND, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                    "amendment to version " + held.version() + " is waiting for emission rights", command.by(), command.at());
        }
        List<QuotaRequirement> increases = command.newOrExpandedProject()
                ? ProjectQuota.forAmendment(terms, command.terms(), command.at())
                : List.of();
        if (!increases.isEmpty()) {
            apply(new PermitAmendmentHeldForQuota(permitId, number, enterpriseId, region, version + 1, command.terms(), command.reason(),
                    command.by(), command.at()));
            apply(new PermitQuotaRequested(permitId, number, enterpriseId, region, version + 1, increases, command.by(), command.at()));
            return Outcome.heldForQuota(increases);
        }
        apply(new PermitAmended(permitId, number, enterpriseId, region, version + 1, command.terms(), command.reason(),
                command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    /** Asks for the same rights again: the same version, so trading-service retires them at most once. */
    @CommandHandler
    Outcome handle(RetryQuotaRequest command) {
        authorize(command.by(), "request emission rights for a permit", REVIEWER, ADMIN);
        if (!isWaitingForQuota()) {
            return refuse(PermitTransition.REQUEST_QUOTA, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                    "no issuance or amendment of the permit is waiting for emission rights", command.by(), command.at());
        }
        apply(new PermitQuotaRequested(permitId, number, enterpriseId, region, held.version(), held.requirements(), command.by(),
                command.at()));
        return Outcome.heldForQuota(held.requirements());
    }

    /** An answer for a version no longer held (answered already, or superseded) changes nothing. */
    @CommandHandler
    Outcome handle(RecordQuotaShortfall command) {
        authorize(command.by(), "record a trading answer", SYSTEM, ADMIN);
        if (!isHeld(command.version())) {
            return Outcome.ACCEPTED;
        }
        apply(new PermitQuotaFellShort(permitId, number, enterpriseId, region, command.version(), command.area(), command.shortfall(),
                command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    /**
     * The rights are gone from the enterprise's account, so the retirement is recorded whatever
     * happened to the permit meanwhile; the held decision takes effect only if the permit still
     * waits for it. It takes effect on the reviewer's decision, at the time the rights were retired.
     * If it no longer can (the application was rejected or withdrawn, the permit left force), the
     * rights are released in the same step, so the enterprise does not pay for a permit it never got.
     */
    @CommandHandler
    Outcome handle(RecordQuotaRetirement command) {
        authorize(command.by(), "record a trading answer", SYSTEM, ADMIN);
        if (!isHeld(command.version())) {
            return Outcome.ACCEPTED;
        }
        HeldDecision decision = held;
        boolean stillWaiting = isWaitingForQuota();
        apply(new PermitQuotaRetired(permitId, number, enterpriseId, region, command.version(), command.area(), command.retired(),
                command.by(), command.at()));
        if (stillWaiting && decision.isIssuance()) {
            apply(new PermitIssued(permitId, number, enterpriseId, region, managementClass, decision.validity(), decision.version(), terms,
                    decision.justification(), decision.by(), command.at()));
        } else if (stillWaiting) {
            apply(new PermitAmended(permitId, number, enterpriseId, region, decision.version(), decision.terms(), decision.justification(),
                    decision.by(), command.at()));
        } else {
            apply(new PermitQuotaReleased(permitId, number, enterpriseId, region, command.version(), command.area(), command.retired(),
                    command.by(), command.at()));
        }
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(RequestRenewal command) {
        authorize(command.by(), "request a renewal", ENTERPRISE, ADMIN);
        if (status != ISSUED) {
            return refuseInStatus(PermitTransition.REQUEST_RENEWAL, command.by(), command.at());
        }
        if (renewalRequested) {
            return refuse(PermitTransition.REQUEST_RENEWAL, PermitRefusalReason.RENEWAL_ALREADY_REQUESTED,
                    "a renewal is already waiting for review", command.by(), command.at());
        }
        if (!validity.isRenewalWindowOpenAt(command.at())) {
            return refuse(PermitTransition.REQUEST_RENEWAL, PermitRefusalReason.RENEWAL_WINDOW_NOT_OPEN,
                    "renewal opens " + validity.renewalWindowOpensAt() + " and closes at expiry " + validity.expiresAt(),
                    command.by(), command.at());
        }
        apply(new RenewalRequested(permitId, number, enterpriseId, region, command.commitment(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(GrantRenewal command) {
        authorize(command.by(), "grant a renewal", REVIEWER, ADMIN);
        if (status != ISSUED) {
            return refuseInStatus(PermitTransition.GRANT_RENEWAL, command.by(), command.at());
        }
        if (!renewalRequested) {
            return refuse(PermitTransition.GRANT_RENEWAL, PermitRefusalReason.NO_RENEWAL_REQUESTED,
                    "the enterprise has not requested a renewal", command.by(), command.at());
        }
        apply(new PermitRenewed(permitId, number, enterpriseId, region, validity.next(), command.opinion(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(SuspendPermit command) {
        // SYSTEM: an inspector's confirmed suspension is carried out by the platform, never by a person's token.
        authorize(command.by(), "suspend a permit", REVIEWER, ADMIN, SYSTEM);
        if (status != ISSUED) {
            return refuseInStatus(PermitTransition.SUSPEND, command.by(), command.at());
        }
        apply(new PermitSuspended(permitId, number, enterpriseId, region, command.reason(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(ReinstatePermit command) {
        authorize(command.by(), "reinstate a permit", REVIEWER, ADMIN);
        if (status != SUSPENDED) {
            return refuseInStatus(PermitTransition.REINSTATE, command.by(), command.at());
        }
        apply(new PermitReinstated(permitId, number, enterpriseId, region, command.reason(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(RevokePermit command) {
        authorize(command.by(), "revoke a permit", REVIEWER, ADMIN);
        if (!IN_FORCE.contains(status)) {
            return refuseInStatus(PermitTransition.REVOKE, command.by(), command.at());
        }
        apply(new PermitRevoked(permitId, number, enterpriseId, region, command.reason(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    /** The holder gives up its permit, or withdraws its application; the bureau may cancel one for a closed source. */
    @CommandHandler
    Outcome handle(CancelPermit command) {
        authorize(command.by(), "cancel a permit", ENTERPRISE, REVIEWER, ADMIN);
        if (!IN_FORCE.contains(status) && !OPEN_APPLICATION.contains(status)) {
            return refuseInStatus(PermitTransition.CANCEL, command.by(), command.at());
        }
        apply(new PermitCancelled(permitId, number, enterpriseId, region, command.reason(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(ExpirePermit command) {
        authorize(command.by(), "expire a permit", SYSTEM, ADMIN);
        if (status == EXPIRED) {
            // The scheduler may ask twice (a restart between its query and the projection catching up).
            return Outcome.ACCEPTED;
        }
        if (!IN_FORCE.contains(status)) {
            return refuseInStatus(PermitTransition.EXPIRE, command.by(), command.at());
        }
        if (!validity.hasExpiredAt(command.at())) {
            return refuse(PermitTransition.EXPIRE, PermitRefusalReason.VALIDITY_NOT_ENDED,
                    "valid until " + validity.until(), command.by(), command.at());
        }
        apply(new PermitExpired(permitId, number, enterpriseId, region, validity, command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @CommandHandler
    Outcome handle(RecordVoluntaryCommitment command) {
        authorize(command.by(), "record a voluntary commitment", ENTERPRISE, ADMIN);
        if (status != ISSUED) {
            return refuseInStatus(PermitTransition.RECORD_VOLUNTARY_COMMITMENT, command.by(), command.at());
        }
        if (!managementClass.carriesAnnualTotals()) {
            return refuse(PermitTransition.RECORD_VOLUNTARY_COMMITMENT, PermitRefusalReason.REGISTRATION_HAS_NO_TOTALS,
                    "a registration has no totals to be stricter than", command.by(), command.at());
        }
        Optional<VoluntaryCommitment> notStricter = command.commitments().stream().filter(c -> !isStricterThanPermitted(c)).findFirst();
        if (notStricter.isPresent()) {
            return refuse(PermitTransition.RECORD_VOLUNTARY_COMMITMENT, PermitRefusalReason.COMMITMENT_NOT_STRICTER_THAN_PERMIT,
                    notStricter.get().pollutant() + " commitment must be below the permitted annual total", command.by(), command.at());
        }
        apply(new VoluntaryCommitmentRecorded(permitId, number, enterpriseId, region, command.commitments(), command.by(), command.at()));
        return Outcome.ACCEPTED;
    }

    @EventSourcingHandler
    void on(PermitApplied event) {
        permitId = event.permitId();
        number = event.permitNumber();
        enterpriseId = event.enterpriseId();
        region = event.region();
        managementClass = event.managementClass();
        terms = event.terms();
        requestedValidity = event.requestedValidity();
        newOrExpandedProject = event.newOrExpandedProject();
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(ApplicationFoundComplete event) {
        status = UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ApplicationReturnedAsIncomplete event) {
        status = RETURNED_FOR_CORRECTION;
    }

    @EventSourcingHandler
    void on(ApplicationCorrected event) {
        terms = event.terms();
        requestedValidity = event.requestedValidity();
        status = SUBMITTED;
    }

    @EventSourcingHandler
    void on(PermitApplicationRejected event) {
        status = PermitStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(PermitIssued event) {
        validity = event.validity();
        version = event.version();
        terms = event.terms();
        status = ISSUED;
    }

    @EventSourcingHandler
    void on(PermitAmended event) {
        version = event.version();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(PermitIssuanceHeldForQuota event) {
        held = HeldDecision.issuance(event.validity(), event.opinion(), event.by());
        status = PENDING_QUOTA;
    }

    @EventSourcingHandler
    void on(PermitAmendmentHeldForQuota event) {
        held = HeldDecision.amendment(event.version(), event.terms(), event.reason(), event.by());
    }

    @EventSourcingHandler
    void on(PermitQuotaRequested event) {
        held = held.requesting(event.requirements());
    }

    @EventSourcingHandler
    void on(PermitQuotaRetired event) {
        held = null;
    }

    @EventSourcingHandler
    void on(RenewalRequested event) {
        renewalRequested = true;
    }

    @EventSourcingHandler
    void on(PermitRenewed event) {
        validity = event.validity();
        renewalRequested = false;
    }

    @EventSourcingHandler
    void on(PermitSuspended event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(PermitReinstated event) {
        status = ISSUED;
    }

    @EventSourcingHandler
    void on(PermitRevoked event) {
        status = PermitStatus.REVOKED;
    }

    @EventSourcingHandler
    void on(PermitCancelled event) {
        status = PermitStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(PermitExpired event) {
        status = EXPIRED;
    }

    private void authorize(Actor actor, String action, ActorRole... roles) {
        Guards.requireRole(actor, action, roles);
        Guards.requireAccess(actor, enterpriseId, region);
    }

    private boolean isHeld(int requestedVersion) {
        return held != null && held.version() == requestedVersion;
    }

    /** A held decision can still take effect: the application was not withdrawn or rejected, the permit has not ended. */
    private boolean isWaitingForQuota() {
        return held != null && (held.isIssuance() ? status == PENDING_QUOTA : IN_FORCE.contains(status));
    }

    private static void requireTermsFitClass(ManagementClass managementClass, PermitTerms terms) {
        if (!managementClass.carriesAnnualTotals() && !terms.annualTotals().isEmpty()) {
            throw new IllegalArgumentException("a registration carries no annual totals");
        }
    }

    private boolean isStricterThanPermitted(VoluntaryCommitment commitment) {
        return terms.totalFor(commitment.pollutant()).map(total -> total.perYear().exceeds(commitment.perYear())).orElse(false);
    }

    private Outcome refuseInStatus(PermitTransition transition, Actor by, Instant at) {
        return refuse(transition, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS, "the permit is " + status, by, at);
    }

    private Outcome refuse(PermitTransition transition, PermitRefusalReason reason, String detail, Actor by, Instant at) {
        apply(new PermitTransitionRefused(permitId, number, enterpriseId, region, transition, reason, detail, by, at));
        return Outcome.refused(transition, reason, detail);
    }

    Permit() {
        // Required by Axon to rebuild the permit from its events.
    }

    /**
     * What the reviewer decided and what it waits for: an issuance (validity and opinion) or an
     * amendment (the next version's terms and its reason).
     */
    private record HeldDecision(int version, Validity validity, PermitTerms terms, String justification, Actor by,
                                List<QuotaRequirement> requirements) {

        static HeldDecision issuance(Validity validity, String opinion, Actor by) {
            return new HeldDecision(1, validity, null, opinion, by, List.of());
        }

        static HeldDecision amendment(int version, PermitTerms terms, String reason, Actor by) {
            return new HeldDecision(version, null, terms, reason, by, List.of());
        }

        HeldDecision requesting(List<QuotaRequirement> requested) {
            return new HeldDecision(version, validity, terms, justification, by, requested);
        }

        boolean isIssuance() {
            return terms == null;
        }
    }
}
