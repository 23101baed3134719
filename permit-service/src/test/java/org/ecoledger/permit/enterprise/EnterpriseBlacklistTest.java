package org.ecoledger.permit.enterprise;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.enforcement.CreditLevel;
import org.ecoledger.common.enforcement.command.AssignCreditLevel;
import org.ecoledger.common.enforcement.command.LiftBlacklisting;
import org.ecoledger.common.enforcement.event.BlacklistingLiftRefused;
import org.ecoledger.common.enforcement.event.BlacklistingLifted;
import org.ecoledger.common.enforcement.event.CreditLevelAssigned;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.enforcement.event.PermitApplicationBarred;
import org.ecoledger.common.permit.ManagementClass;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.permit.PermitNumber;
import org.ecoledger.common.permit.PermitRefusalReason;
import org.ecoledger.common.permit.PermitTransition;
import org.ecoledger.common.permit.command.ApplyForPermit;
import org.ecoledger.common.permit.event.EnterpriseRegistered;
import org.ecoledger.common.permit.event.PermitApplicationOpened;
import org.ecoledger.common.permit.event.PermitApplied;
import org.ecoledger.common.value.Actor;
import org.ecoledger.permit.enforcement.EnforcementOutcome;
import org.ecoledger.permit.lifecycle.Outcome;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.ecoledger.permit.support.PermitFixture.*;

/** The enterprise's credit levels and the blacklist, which bars new permit applications until it is lifted. */
class EnterpriseBlacklistTest {

    private static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");
    private static final Actor RATING = Actor.system("credit-rating");
    private static final EnterpriseRegistered REGISTERED = new EnterpriseRegistered(CHENGDU_POWER, "Chengdu Power", "thermal power",
            JINJIANG_DISTRICT, "person-ref", CHENGDU_POWER_USER, NOW.minusSeconds(86_400));
    private static final CreditLevelAssigned YELLOW = new CreditLevelAssigned(CHENGDU_POWER, JINJIANG_DISTRICT, 2026, CreditLevel.YELLOW,
            null, 3, "1 confirmed violation(s)", RATING, NOW);
    private static final EnterpriseBlacklisted BLACKLISTED = new EnterpriseBlacklisted(CHENGDU_POWER, JINJIANG_DISTRICT, 2026,
            "credit level BLACK for 2026: 2 confirmed violation(s)", RATING, NOW);

    private AggregateTestFixture<Enterprise> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Enterprise.class);
    }

    private static ApplyForPermit application(PermitId permitId) {
        return new ApplyForPermit(CHENGDU_POWER, permitId, ManagementClass.KEY, coalPlantTerms(), FIVE_YEARS, signedCommitment(),
                false, CHENGDU_POWER_USER, NOW);
    }

    @Test
    void aCreditLevelIsAssignedForAYear() {
        fixture.given(REGISTERED)
                .when(new AssignCreditLevel(CHENGDU_POWER, 2026, CreditLevel.YELLOW, 3, "1 confirmed violation(s)", RATING, NOW))
                .expectEvents(YELLOW);
    }

    @Test
    void theSameLevelForTheSameYearAgainChangesNothing() {
        fixture.given(REGISTERED, YELLOW)
                .when(new AssignCreditLevel(CHENGDU_POWER, 2026, CreditLevel.YELLOW, 3, "1 confirmed violation(s)", RATING, NOW))
                .expectNoEvents();
    }

    @Test
    void onlyThePlatformOrAnAdminAssignsCreditLevels() {
        fixture.given(REGISTERED)
                .when(new AssignCreditLevel(CHENGDU_POWER, 2026, CreditLevel.GREEN, 0, "asked nicely", CHENGDU_REVIEWER, NOW))
                .expectException(NotPermitted.class);
    }

    @Test
    void aBlackLevelPutsTheEnterpriseOnTheBlacklist() {
        fixture.given(REGISTERED, YELLOW)
                .when(new AssignCreditLevel(CHENGDU_POWER, 2026, CreditLevel.BLACK, 12, "2 confirmed violation(s)", RATING, NOW))
                .expectEvents(new CreditLevelAssigned(CHENGDU_POWER, JINJIANG_DISTRICT, 2026, CreditLevel.BLACK, CreditLevel.YELLOW, 12,
                        "2 confirmed violation(s)", RATING, NOW), BLACKLISTED);
    }

    @Test
    void aBlacklistedEnterpriseCannotApplyForAPermitAndTheRefusalIsRecorded() {
        PermitId permitId = PermitId.of("6f1c2d3e-0000-4000-8000-000000000009");
        String detail = "the enterprise is on the illegal-discharge blacklist until the bureau lifts it";
        fixture.given(REGISTERED, BLACKLISTED)
                .when(application(permitId))
                .expectResultMessagePayload(Outcome.refused(PermitTransition.APPLY, PermitRefusalReason.ENTERPRISE_BLACKLISTED, detail))
                .expectEvents(new PermitApplicationBarred(CHENGDU_POWER, JINJIANG_DISTRICT, permitId, detail, CHENGDU_POWER_USER, NOW));
    }

    @Test
    void onceTheBlacklistingIsLiftedTheEnterpriseAppliesAgain() {
        PermitId permitId = PermitId.of("6f1c2d3e-0000-4000-8000-000000000009");
        PermitNumber number = PermitNumber.of(CHENGDU_POWER, 1, ManagementClass.KEY);
        fixture.given(REGISTERED, BLACKLISTED,
                        new BlacklistingLifted(CHENGDU_POWER, JINJIANG_DISTRICT, "rectified and repaired credit", CHENGDU_REVIEWER, NOW))
                .when(application(permitId))
                .expectResultMessagePayload(number)
                .expectEvents(new PermitApplicationOpened(CHENGDU_POWER, permitId, number, CHENGDU_POWER_USER, NOW),
                        new PermitApplied(permitId, number, CHENGDU_POWER, JINJIANG_DISTRICT, "thermal power", ManagementClass.KEY,
                                coalPlantTerms(), FIVE_YEARS, signedCommitment(), false, CHENGDU_POWER_USER, NOW));
    }

    @Test
    void aReviewerOfTheRegionLiftsABlacklisting() {
        fixture.given(REGISTERED, BLACKLISTED)
                .when(new LiftBlacklisting(CHENGDU_POWER, "rectified and repaired credit", CHENGDU_REVIEWER, NOW))
                .expectResultMessagePayload(EnforcementOutcome.ACCEPTED)
                .expectEvents(new BlacklistingLifted(CHENGDU_POWER, JINJIANG_DISTRICT, "rectified and repaired credit", CHENGDU_REVIEWER, NOW));
    }

    @Test
    void noOneElseLiftsABlacklisting() {
        fixture.given(REGISTERED, BLACKLISTED)
                .when(new LiftBlacklisting(CHENGDU_POWER, "we are sorry", CHENGDU_POWER_USER, NOW))
                .expectException(NotPermitted.class);
        fixture.given(REGISTERED, BLACKLISTED)
                .when(new LiftBlacklisting(CHENGDU_POWER, "not my region", MIANYANG_REVIEWER, NOW))
                .expectException(NotPermitted.class);
    }

    @Test
    void liftingABlacklistingThatIsNotThereIsRefusedAndRecorded() {
        fixture.given(REGISTERED)
                .when(new LiftBlacklisting(CHENGDU_POWER, "just in case", CHENGDU_REVIEWER, NOW))
                .expectEvents(new BlacklistingLiftRefused(CHENGDU_POWER, JINJIANG_DISTRICT, "the enterprise is not on the blacklist",
                        CHENGDU_REVIEWER, NOW));
    }
}
