package org.ecoledger.permit.lifecycle;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitTerms;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.command.AmendPermit;
import org.ecoledger.common.permit.command.CancelPermit;
import org.ecoledger.common.permit.command.IssuePermit;
import org.ecoledger.common.permit.command.RecordQuotaRetirement;
import org.ecoledger.common.permit.command.RecordQuotaShortfall;
import org.ecoledger.common.permit.command.RetryQuotaRequest;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitAmendmentHeldForQuota;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitIssuanceHeldForQuota;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitQuotaFellShort;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.permit.event.PermitApplicationRejected;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitQuotaReleased;
import org.ecoledger.common.permit.event.PermitQuotaRetired;
import org.ecoledger.common.permit.event.PermitTransitionRefused;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.ecoledger.permit.support.PermitFixture.*;

/** The rules for new and expanded projects: no permit or raised total takes effect before its emission rights are retired. */
class ProjectPermitTest {

    private static final Instant DECIDED_AT = APPLIED_AT.plusSeconds(86_400);
    private static final Instant ANSWERED_AT = DECIDED_AT.plusSeconds(5);
    private static final Instant RETRIED_AT = DECIDED_AT.plusSeconds(7 * 86_400);
    private static final Actor SAGA = Actor.system("permit-quota-saga");
    private static final TradingAreaId SICHUAN = TradingAreaId.of("sichuan");
    private static final String OPINION = "meets GB 13223-2011";
    /** The application's totals, of 2026: its validity starts on 1 December 2026, after the decision. */
    private static final List<QuotaRequirement> ALL_TOTALS = List.of(
            new QuotaRequirement(Pollutant.SO2, 2026, Mass.ofTonnes("120.5")),
            new QuotaRequirement(Pollutant.NOX, 2026, Mass.ofTonnes("180")));
    private static final List<RetiredQuota> RETIRED = List.of(
            new RetiredQuota(QuotaClass.parse("SO2/510104/2026"), Mass.ofTonnes("120.5")),
            new RetiredQuota(QuotaClass.parse("NOX/510100/2026"), Mass.ofTonnes("180")));

    private AggregateTestFixture<Permit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Permit.class);
    }

    private static PermitApplied projectApplication(PermitTerms terms, ManagementClass managementClass) {
        return new PermitApplied(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "thermal power", managementClass, terms,
                FIVE_YEARS, signedCommitment(), true, CHENGDU_POWER_USER, APPLIED_AT);
    }

    private static Object[] projectUnderReview() {
        return new Object[]{projectApplication(coalPlantTerms(), ManagementClass.KEY), foundComplete()};
    }

    private static PermitIssuanceHeldForQuota issuanceHeld() {
        return new PermitIssuanceHeldForQuota(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, FIVE_YEARS, OPINION, CHENGDU_REVIEWER,
                DECIDED_AT);
    }

    private static PermitQuotaRequested requested(int version, List<QuotaRequirement> requirements, Instant at) {
        return new PermitQuotaRequested(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, version, requirements, CHENGDU_REVIEWER, at);
    }

    /** A new project's permit the reviewer issued, waiting for its rights. */
    private static Object[] projectWaitingForRights() {
        return new Object[]{projectApplication(coalPlantTerms(), ManagementClass.KEY), foundComplete(), issuanceHeld(),
                requested(1, ALL_TOTALS, DECIDED_AT)};
    }

    private static PermitQuotaFellShort fellShort(int version, List<QuotaRequirement> shortfall) {
        return new PermitQuotaFellShort(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, version, SICHUAN, shortfall, SAGA, ANSWERED_AT);
    }

    private static PermitQuotaReleased released(int version, List<RetiredQuota> retired) {
        return new PermitQuotaReleased(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, version, SICHUAN, retired, SAGA, ANSWERED_AT);
    }

    private static PermitQuotaRetired retired(int version, List<RetiredQuota> retired) {
        return new PermitQuotaRetired(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, version, SICHUAN, retired, SAGA, ANSWERED_AT);
    }

    private static PermitIssued issuedOnRetirement() {
        return new PermitIssued(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, ManagementClass.KEY, FIVE_YEARS, 1, coalPlantTerms(),
                OPINION, CHENGDU_REVIEWER, ANSWERED_AT);
    }

    private static PermitTransitionRefused refusal(PermitTransition transition, String detail, Actor by, Instant at) {
        return new PermitTransitionRefused(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, transition,
                PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS, detail, by, at);
    }

    @Test
    void aNewProjectsPermitWaitsForRightsCoveringEveryAnnualTotalInsteadOfBeingIssued() {
        fixture.given(projectUnderReview())
                .when(new IssuePermit(PERMIT, null, OPINION, CHENGDU_REVIEWER, DECIDED_AT))
                .expectEvents(issuanceHeld(), requested(1, ALL_TOTALS, DECIDED_AT))
                .expectResultMessagePayload(Outcome.heldForQuota(ALL_TOTALS));
    }

    @Test
    void aPermitThatIsNoProjectIsIssuedAtOnceAsBefore() {
        fixture.given(submittedApplication(), foundComplete())
                .when(new IssuePermit(PERMIT, null, OPINION, CHENGDU_REVIEWER, DECIDED_AT))
                .expectEvents(new PermitIssued(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, ManagementClass.KEY, FIVE_YEARS, 1,
                        coalPlantTerms(), OPINION, CHENGDU_REVIEWER, DECIDED_AT))
                .expectResultMessagePayload(Outcome.ACCEPTED);
    }

    @Test
    void aProjectWithoutAnnualTotalsNeedsNoRights() {
        PermitTerms registration = new PermitTerms(coalPlantTerms().outlets(), List.of());
        fixture.given(projectApplication(registration, ManagementClass.REGISTRATION), foundComplete())
                .when(new IssuePermit(PERMIT, null, OPINION, CHENGDU_REVIEWER, DECIDED_AT))
                .expectEvents(new PermitIssued(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, ManagementClass.REGISTRATION, FIVE_YEARS,
                        1, registration, OPINION, CHENGDU_REVIEWER, DECIDED_AT));
    }

    @Test
    void aShortfallIsRecordedPerPollutantAndThePermitStaysPending() {
        List<QuotaRequirement> shortfall = List.of(new QuotaRequirement(Pollutant.SO2, 2026, Mass.ofTonnes("20.5")));
        fixture.given(projectWaitingForRights())
                .when(new RecordQuotaShortfall(PERMIT, 1, SICHUAN, shortfall, SAGA, ANSWERED_AT))
                .expectEvents(fellShort(1, shortfall));
        fixture.given(projectWaitingForRights())
                .andGiven(fellShort(1, shortfall))
                .when(new IssuePermit(PERMIT, null, "issue anyway", CHENGDU_REVIEWER, RETRIED_AT))
                .expectEvents(refusal(PermitTransition.ISSUE, "the permit is PENDING_QUOTA", CHENGDU_REVIEWER, RETRIED_AT));
    }

    @Test
    void theReviewerRetriesAndTheSameRightsAreRequestedAgainForTheSameVersion() {
        fixture.given(projectWaitingForRights())
                .andGiven(fellShort(1, ALL_TOTALS))
                .when(new RetryQuotaRequest(PERMIT, CHENGDU_REVIEWER, RETRIED_AT))
                .expectEvents(requested(1, ALL_TOTALS, RETRIED_AT))
                .expectResultMessagePayload(Outcome.heldForQuota(ALL_TOTALS));
    }

    @Test
    void retiredRightsIssueThePermitOnTheReviewersDecision() {
        fixture.given(projectWaitingForRights())
                .andGiven(fellShort(1, ALL_TOTALS), requested(1, ALL_TOTALS, RETRIED_AT))
                .when(new RecordQuotaRetirement(PERMIT, 1, SICHUAN, RETIRED, SAGA, ANSWERED_AT))
                .expectEvents(retired(1, RETIRED), issuedOnRetirement());
    }

    @Test
    void aDuplicateAnswerChangesNothing() {
        fixture.given(projectWaitingForRights())
                .andGiven(retired(1, RETIRED), issuedOnRetirement())
                .when(new RecordQuotaRetirement(PERMIT, 1, SICHUAN, RETIRED, SAGA, ANSWERED_AT))
                .expectNoEvents()
                .expectResultMessagePayload(Outcome.ACCEPTED);
        fixture.given(projectWaitingForRights())
                .andGiven(retired(1, RETIRED), issuedOnRetirement())
                .when(new RecordQuotaShortfall(PERMIT, 1, SICHUAN, ALL_TOTALS, SAGA, ANSWERED_AT))
                .expectNoEvents();
    }

    @Test
    void nothingWaitsForRightsOnceThePermitIsIssued() {
        fixture.given(projectWaitingForRights())
                .andGiven(retired(1, RETIRED), issuedOnRetirement())
                .when(new RetryQuotaRequest(PERMIT, CHENGDU_REVIEWER, RETRIED_AT))
                .expectEvents(new PermitTransitionRefused(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, PermitTransition.REQUEST_QUOTA,
                        PermitRefusalReason.NOT_ALLOWED_IN_CURRENT_STATUS,
                        "no issuance or amendment of the permit is waiting for emission rights", CHENGDU_REVIEWER, RETRIED_AT));
    }

    @Test
    void onlyTheSystemRecordsTradingAnswers() {
        fixture.given(projectWaitingForRights())
                .when(new RecordQuotaRetirement(PERMIT, 1, SICHUAN, RETIRED, CHENGDU_REVIEWER, ANSWERED_AT))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void aWaitingApplicationCanBeWithdrawnAndRightsRetiredAfterwardsAreReleasedInsteadOfIssuingIt() {
        fixture.given(projectWaitingForRights())
                .when(new CancelPermit(PERMIT, "project abandoned", CHENGDU_POWER_USER, RETRIED_AT))
                .expectEvents(new PermitCancelled(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "project abandoned", CHENGDU_POWER_USER,
                        RETRIED_AT));
        fixture.given(projectWaitingForRights())
                .andGiven(new PermitCancelled(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "project abandoned", CHENGDU_POWER_USER,
                        DECIDED_AT.plusSeconds(1)))
                .when(new RecordQuotaRetirement(PERMIT, 1, SICHUAN, RETIRED, SAGA, ANSWERED_AT))
                .expectEvents(retired(1, RETIRED), released(1, RETIRED));
    }

    @Test
    void rightsRetiredForAnApplicationRejectedMeanwhileAreReleased() {
        fixture.given(projectWaitingForRights())
                .andGiven(new PermitApplicationRejected(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, List.of("site not approved"),
                        CHENGDU_REVIEWER, DECIDED_AT.plusSeconds(1)))
                .when(new RecordQuotaRetirement(PERMIT, 1, SICHUAN, RETIRED, SAGA, ANSWERED_AT))
                .expectEvents(retired(1, RETIRED), released(1, RETIRED));
    }

    @Test
    void rightsRetiredForAHeldAmendmentOfARevokedPermitAreReleased() {
        var increase = List.of(new QuotaRequirement(Pollutant.SO2, 2026, Mass.ofTonnes("29.5")));
        var retiredIncrease = List.of(new RetiredQuota(QuotaClass.parse("SO2/510104/2026"), Mass.ofTonnes("29.5")));
        fixture.given(activePermit())
                .andGiven(new PermitAmendmentHeldForQuota(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("150"),
                        "second boiler", CHENGDU_REVIEWER, DECIDED_AT), requested(2, increase, DECIDED_AT),
                        new PermitRevoked(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "false application", CHENGDU_REVIEWER,
                                DECIDED_AT.plusSeconds(1)))
                .when(new RecordQuotaRetirement(PERMIT, 2, SICHUAN, retiredIncrease, SAGA, ANSWERED_AT))
                .expectEvents(retired(2, retiredIncrease), released(2, retiredIncrease));
    }

    @Test
    void aReleaseIsRecordedOnceHoweverOftenTheRetirementIsDelivered() {
        fixture.given(projectWaitingForRights())
                .andGiven(new PermitCancelled(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, "project abandoned", CHENGDU_POWER_USER,
                        DECIDED_AT.plusSeconds(1)), retired(1, RETIRED), released(1, RETIRED))
                .when(new RecordQuotaRetirement(PERMIT, 1, SICHUAN, RETIRED, SAGA, ANSWERED_AT))
                .expectNoEvents();
    }

    @Test
    void anExpansionAmendmentWaitsForRightsCoveringOnlyTheIncrease() {
        var increase = List.of(new QuotaRequirement(Pollutant.SO2, 2026, Mass.ofTonnes("29.5")));
        fixture.given(activePermit())
                .when(new AmendPermit(PERMIT, coalPlantTerms("150"), "second boiler", true, CHENGDU_REVIEWER, DECIDED_AT))
                .expectEvents(new PermitAmendmentHeldForQuota(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("150"),
                                "second boiler", CHENGDU_REVIEWER, DECIDED_AT),
                        requested(2, increase, DECIDED_AT))
                .expectResultMessagePayload(Outcome.heldForQuota(increase));
    }

    @Test
    void retiredRightsAmendThePermitToTheHeldVersion() {
        var increase = List.of(new QuotaRequirement(Pollutant.SO2, 2026, Mass.ofTonnes("29.5")));
        var retiredIncrease = List.of(new RetiredQuota(QuotaClass.parse("SO2/510104/2026"), Mass.ofTonnes("29.5")));
        fixture.given(activePermit())
                .andGiven(new PermitAmendmentHeldForQuota(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("150"),
                        "second boiler", CHENGDU_REVIEWER, DECIDED_AT), requested(2, increase, DECIDED_AT))
                .when(new RecordQuotaRetirement(PERMIT, 2, SICHUAN, retiredIncrease, SAGA, ANSWERED_AT))
                .expectEvents(retired(2, retiredIncrease), new PermitAmended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2,
                        coalPlantTerms("150"), "second boiler", CHENGDU_REVIEWER, ANSWERED_AT));
    }

    @Test
    void anExpansionThatRaisesNoTotalIsAmendedAtOnce() {
        fixture.given(activePermit())
                .when(new AmendPermit(PERMIT, coalPlantTerms("90"), "new stack, lower total", true, CHENGDU_REVIEWER, DECIDED_AT))
                .expectEvents(new PermitAmended(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("90"),
                        "new stack, lower total", CHENGDU_REVIEWER, DECIDED_AT));
    }

    @Test
    void anotherAmendmentWaitsUntilTheHeldOneIsAnswered() {
        fixture.given(activePermit())
                .andGiven(new PermitAmendmentHeldForQuota(PERMIT, NUMBER, CHENGDU_POWER, JINJIANG_DISTRICT, 2, coalPlantTerms("150"),
                                "second boiler", CHENGDU_REVIEWER, DECIDED_AT),
                        requested(2, List.of(new QuotaRequirement(Pollutant.SO2, 2026, Mass.ofTonnes("29.5"))), DECIDED_AT))
                .when(new AmendPermit(PERMIT, coalPlantTerms("90"), "retrofit", false, CHENGDU_REVIEWER, RETRIED_AT))
                .expectEvents(refusal(PermitTransition.AMEND, "amendment to version 2 is waiting for emission rights", CHENGDU_REVIEWER,
                        RETRIED_AT));
    }
}
