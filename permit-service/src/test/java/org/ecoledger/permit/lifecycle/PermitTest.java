package org.ecoledger.permit.lifecycle;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.VoluntaryCommitment;
import org.ecoledger.common.permit.command.AmendPermit;
import org.ecoledger.common.permit.command.CancelPermit;
import org.ecoledger.common.permit.command.ConfirmApplicationComplete;
import org.ecoledger.common.permit.command.CorrectApplication;
import org.ecoledger.common.permit.command.ExpirePermit;
import org.ecoledger.common.permit.command.GrantRenewal;
import org.ecoledger.common.permit.command.IssuePermit;
import org.ecoledger.common.permit.command.RecordVoluntaryCommitment;
import org.ecoledger.common.permit.command.ReinstatePermit;
import org.ecoledger.common.permit.command.RejectApplication;
import org.ecoledger.common.permit.command.RequestRenewal;
import org.ecoledger.common.permit.command.ReturnApplicationAsIncomplete;
import org.ecoledger.common.permit.command.RevokePermit;
import org.ecoledger.common.permit.command.SuspendPermit;
import org.ecoledger.common.permit.event.ApplicationCorrected;
import org.ecoledger.common.permit.event.ApplicationFoundComplete;
import org.ecoledger.common.permit.event.ApplicationReturnedAsIncomplete;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitApplicationRejected;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.PermitTransitionRefused;
import org.ecoledger.common.permit.event.RenewalRequested;
import org.ecoledger.common.permit.event.VoluntaryCommitmentRecorded;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.Validity;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.ecoledger.permit.support.PermitFixture.*;

class PermitTest {

    private static final Instant NOW = APPLIED_AT.plusSeconds(86_400);

    private AggregateTestFixture<Permit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Permit.class);
    }

    private static PermitTransitionRefused refusal(PermitTransition transition, PermitRefusalReason reason, String detail, Actor by, Instant at) {
        return new PermitTransitionRefused(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, transition, reason, detail, by, at);
    }

    @Test
    void aCompleteApplicationGoesUnderReview() {
        fixture.given(submittedApplication())
                .when(new ConfirmApplicationComplete(PERMIT, CHENGDU_REVIEWER, NOW))
                .expectEvents(new ApplicationFoundComplete(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, CHENGDU_REVIEWER, NOW))
                .expectResultMessagePayload(Outcome.ACCEPTED);
    }

    @Test
    void anIncompleteApplicationIsReturnedWithWhatIsMissing() {
        fixture.given(submittedApplication())
                .when(new ReturnApplicationAsIncomplete(PERMIT, List.of("monitoring plan"), CHENGDU_REVIEWER, NOW))
                .expectEvents(new ApplicationReturnedAsIncomplete(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT,
                        List.of("monitoring plan"), CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aReturnedApplicationCanBeCorrectedAndResubmitted() {
        fixture.given(submittedApplication(), new ApplicationReturnedAsIncomplete(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT,
                        List.of("monitoring plan"), CHENGDU_REVIEWER, NOW))
                .when(new CorrectApplication(PERMIT, coalPlantTerms("100"), FIVE_YEARS, signedCommitment(), CHENGDU_POWER_USER, NOW))
                .expectEvents(new ApplicationCorrected(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, coalPlantTerms("100"),
                        FIVE_YEARS, signedCommitment(), CHENGDU_POWER_USER, NOW));
    }

    @Test
    void onlyAnApplicationUnderReviewCanBeIssued() {
        fixture.given(submittedApplication())
                .when(new IssuePermit(PERMIT, null, "fine", CHENGDU_REVIEWER, NOW))
                .expectEvents(refusal(PermitTransition.ISSUE, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "the permit is SUBMITTED", CHENGDU_REVIEWER, NOW))
                .expectResultMessagePayload(Outcome.refused(PermitTransition.ISSUE, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "the permit is SUBMITTED"));
    }

    @Test
    void issuingWithoutAValidityGrantsTheRequestedOneAsVersionOne() {
        fixture.given(submittedApplication(), foundComplete())
                .when(new IssuePermit(PERMIT, null, "meets GB 13223-2011", CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitIssued(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, ManagementClass.KEY, FIVE_YEARS, 1,
                        coalPlantTerms(), "meets GB 13223-2011", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aReviewerMayShortenTheValidityAtIssue() {
        Validity shorter = new Validity(LocalDate.parse("2026-12-01"), LocalDate.parse("2029-11-30"));
        fixture.given(submittedApplication(), foundComplete())
                .when(new IssuePermit(PERMIT, shorter, "three years while the desulphurisation is proven", CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitIssued(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, ManagementClass.KEY, shorter, 1,
                        coalPlantTerms(), "three years while the desulphurisation is proven", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void anApplicationCanBeRejectedWithReasons() {
        fixture.given(submittedApplication(), foundComplete())
                .when(new RejectApplication(PERMIT, List.of("no desulphurisation"), CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitApplicationRejected(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT,
                        List.of("no desulphurisation"), CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aRejectedApplicationCannotBeIssued() {
        fixture.given(submittedApplication(), new PermitApplicationRejected(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT,
                        List.of("no desulphurisation"), CHENGDU_REVIEWER, NOW))
                .when(new IssuePermit(PERMIT, null, "changed my mind", CHENGDU_REVIEWER, NOW))
                .expectEvents(refusal(PermitTransition.ISSUE, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "the permit is REJECTED", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void anEnterpriseCannotIssueItsOwnPermit() {
        fixture.given(submittedApplication(), foundComplete())
                .when(new IssuePermit(PERMIT, null, "self-service", CHENGDU_POWER_USER, NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aReviewerCannotReviewOutsideTheirJurisdiction() {
        fixture.given(submittedApplication())
                .when(new ConfirmApplicationComplete(PERMIT, MIANYANG_REVIEWER, NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anEnterpriseCannotActOnAnotherEnterprisesPermit() {
        fixture.given(activePermit())
                .when(new CancelPermit(PERMIT, "closing", MIANYANG_PAPER_USER, NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anAmendmentAddsAVersionWithTheNewTerms() {
        fixture.given(activePermit())
                .when(new AmendPermit(PERMIT, coalPlantTerms("90"), "ultra-low emission retrofit", false, CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitAmended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("90"),
                        "ultra-low emission retrofit", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aSuspendedPermitCannotBeAmended() {
        fixture.given(activePermit())
                .andGiven(new PermitSuspended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "exceedance", CHENGDU_REVIEWER, NOW))
                .when(new AmendPermit(PERMIT, coalPlantTerms("90"), "retrofit", false, CHENGDU_REVIEWER, NOW))
                .expectEvents(refusal(PermitTransition.AMEND, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "the permit is SUSPENDED", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aRegistrationCarriesNoAnnualTotals() {
        fixture.given(new PermitApplied(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "printing",
                        ManagementClass.REGISTRATION, new PermitTerms(coalPlantTerms().outlets(), List.of()),
                        FIVE_YEARS, signedCommitment(), false, CHENGDU_POWER_USER, APPLIED_AT), foundComplete())
                .when(new AmendPermit(PERMIT, coalPlantTerms(), "add totals", false, CHENGDU_REVIEWER, NOW))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void renewalCannotBeRequestedBeforeTheWindowOpensSixtyDaysBeforeExpiry() {
        Instant tooEarly = daysBeforeExpiry(61);
        fixture.given(activePermit())
                .when(new RequestRenewal(PERMIT, signedCommitment(), CHENGDU_POWER_USER, tooEarly))
                .expectEvents(refusal(PermitTransition.REQUEST_RENEWAL, PermitRefusalReason.RENEWAL_WINDOW_NOT_OPEN,
                        "renewal opens " + FIVE_YEARS.renewalWindowOpensAt() + " and closes at expiry " + FIVE_YEARS.expiresAt(),
                        CHENGDU_POWER_USER, tooEarly));
    }

    @Test
    void renewalCanBeRequestedInsideTheWindow() {
        Instant inWindow = daysBeforeExpiry(59);
        fixture.given(activePermit())
                .when(new RequestRenewal(PERMIT, signedCommitment(), CHENGDU_POWER_USER, inWindow))
                .expectEvents(new RenewalRequested(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, signedCommitment(),
                        CHENGDU_POWER_USER, inWindow));
    }

    @Test
    void aGrantedRenewalContinuesForTheNextTermWithoutAGap() {
        Instant inWindow = daysBeforeExpiry(30);
        fixture.given(activePermit())
                .andGiven(new RenewalRequested(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, signedCommitment(), CHENGDU_POWER_USER, inWindow))
                .when(new GrantRenewal(PERMIT, "still compliant", CHENGDU_REVIEWER, inWindow))
                .expectEvents(new PermitRenewed(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT,
                        new Validity(LocalDate.parse("2031-12-01"), LocalDate.parse("2036-11-30")), "still compliant", CHENGDU_REVIEWER, inWindow));
    }

    @Test
    void aRenewalThatWasNotRequestedCannotBeGranted() {
        fixture.given(activePermit())
                .when(new GrantRenewal(PERMIT, "renew", CHENGDU_REVIEWER, NOW))
                .expectEvents(refusal(PermitTransition.GRANT_RENEWAL, PermitRefusalReason.NO_RENEWAL_REQUESTED,
                        "the enterprise has not requested a renewal", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aRenewalIsRequestedOnlyOnce() {
        Instant inWindow = daysBeforeExpiry(30);
        fixture.given(activePermit())
                .andGiven(new RenewalRequested(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, signedCommitment(), CHENGDU_POWER_USER, inWindow))
                .when(new RequestRenewal(PERMIT, signedCommitment(), CHENGDU_POWER_USER, inWindow))
                .expectEvents(refusal(PermitTransition.REQUEST_RENEWAL, PermitRefusalReason.RENEWAL_ALREADY_REQUESTED,
                        "a renewal is already waiting for review", CHENGDU_POWER_USER, inWindow));
    }

    @Test
    void thePlatformCarriesOutAnEnforcementSuspension() {
        Actor enforcement = Actor.system("violation-enforcement");
        fixture.given(activePermit())
                .when(new SuspendPermit(PERMIT, "case 7, decision 1: suspension", enforcement, NOW))
                .expectEvents(new PermitSuspended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "case 7, decision 1: suspension",
                        enforcement, NOW));
    }

    @Test
    void anIssuedPermitCanBeSuspendedAndReinstated() {
        fixture.given(activePermit())
                .when(new SuspendPermit(PERMIT, "SO2 exceedance under investigation", CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitSuspended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "SO2 exceedance under investigation",
                        CHENGDU_REVIEWER, NOW));
        fixture.given(activePermit())
                .andGiven(new PermitSuspended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "exceedance", CHENGDU_REVIEWER, NOW))
                .when(new ReinstatePermit(PERMIT, "rectified", CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitReinstated(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "rectified", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void onlyASuspendedPermitCanBeReinstated() {
        fixture.given(activePermit())
                .when(new ReinstatePermit(PERMIT, "why not", CHENGDU_REVIEWER, NOW))
                .expectEvents(refusal(PermitTransition.REINSTATE, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "the permit is ISSUED", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aRevokedPermitStaysRevoked() {
        fixture.given(activePermit())
                .andGiven(new PermitRevoked(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "falsified data", CHENGDU_REVIEWER, NOW))
                .when(new ReinstatePermit(PERMIT, "appeal", CHENGDU_REVIEWER, NOW))
                .expectEvents(refusal(PermitTransition.REINSTATE, PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "the permit is REVOKED", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void aSuspendedPermitCanBeRevoked() {
        fixture.given(activePermit())
                .andGiven(new PermitSuspended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "exceedance", CHENGDU_REVIEWER, NOW))
                .when(new RevokePermit(PERMIT, "falsified data", CHENGDU_REVIEWER, NOW))
                .expectEvents(new PermitRevoked(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "falsified data", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void theHolderCanCancelItsPermitWhenTheSourceCloses() {
        fixture.given(activePermit())
                .when(new CancelPermit(PERMIT, "plant closed", CHENGDU_POWER_USER, NOW))
                .expectEvents(new PermitCancelled(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "plant closed", CHENGDU_POWER_USER, NOW));
    }

    @Test
    void aPermitDoesNotExpireBeforeTheEndOfItsValidity() {
        Instant early = FIVE_YEARS.expiresAt().minusSeconds(1);
        fixture.given(activePermit())
                .when(new ExpirePermit(PERMIT, EXPIRY_SCHEDULER, early))
                .expectEvents(refusal(PermitTransition.EXPIRE, PermitRefusalReason.VALIDITY_NOT_ENDED, "valid until 2031-11-30",
                        EXPIRY_SCHEDULER, early));
    }

    @Test
    void aPermitExpiresAtTheEndOfItsValidity() {
        fixture.given(activePermit())
                .when(new ExpirePermit(PERMIT, EXPIRY_SCHEDULER, FIVE_YEARS.expiresAt()))
                .expectEvents(new PermitExpired(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, FIVE_YEARS, EXPIRY_SCHEDULER,
                        FIVE_YEARS.expiresAt()));
    }

    @Test
    void expiringAnExpiredPermitAgainChangesNothing() {
        fixture.given(activePermit())
                .andGiven(new PermitExpired(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, FIVE_YEARS, EXPIRY_SCHEDULER, FIVE_YEARS.expiresAt()))
                .when(new ExpirePermit(PERMIT, EXPIRY_SCHEDULER, FIVE_YEARS.expiresAt().plusSeconds(60)))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.ACCEPTED);
    }

    @Test
    void onlyThePlatformExpiresPermits() {
        fixture.given(activePermit())
                .when(new ExpirePermit(PERMIT, CHENGDU_REVIEWER, FIVE_YEARS.expiresAt()))
                .expectException(NotPermitted.class);
    }

    @Test
    void aVoluntaryCommitmentStricterThanThePermitIsRecorded() {
        var commitment = new VoluntaryCommitment(Pollutant.SO2, Mass.ofTonnes("100"));
        fixture.given(activePermit())
                .when(new RecordVoluntaryCommitment(PERMIT, List.of(commitment), CHENGDU_POWER_USER, NOW))
                .expectEvents(new VoluntaryCommitmentRecorded(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, List.of(commitment),
                        CHENGDU_POWER_USER, NOW));
    }

    @Test
    void aVoluntaryCommitmentMustBeStricterThanThePermittedTotal() {
        var equal = new VoluntaryCommitment(Pollutant.SO2, Mass.ofTonnes("120.5"));
        fixture.given(activePermit())
                .when(new RecordVoluntaryCommitment(PERMIT, List.of(equal), CHENGDU_POWER_USER, NOW))
                .expectEvents(refusal(PermitTransition.RECORD_VOLUNTARY_COMMITMENT, PermitRefusalReason.COMMITMENT_NOT_STRICTER_THAN_PERMIT,
                        "SO2 commitment must be below the permitted annual total", CHENGDU_POWER_USER, NOW));
    }

    @Test
    void aVoluntaryCommitmentNeedsAPermittedTotalForItsPollutant() {
        var noTotal = new VoluntaryCommitment(Pollutant.PARTICULATE, Mass.ofTonnes("1"));
        fixture.given(activePermit())
                .when(new RecordVoluntaryCommitment(PERMIT, List.of(noTotal), CHENGDU_POWER_USER, NOW))
                .expectEvents(refusal(PermitTransition.RECORD_VOLUNTARY_COMMITMENT, PermitRefusalReason.COMMITMENT_NOT_STRICTER_THAN_PERMIT,
                        "PARTICULATE commitment must be below the permitted annual total", CHENGDU_POWER_USER, NOW));
    }

    @Test
    void anInspectorMayReadButNotDecidePermits() {
        fixture.given(activePermit())
                .when(new SuspendPermit(PERMIT, "on my own authority", CHENGDU_INSPECTOR, NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }
}
