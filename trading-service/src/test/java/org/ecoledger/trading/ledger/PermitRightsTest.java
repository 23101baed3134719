package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.TradingRefusalReason;
import org.ecoledger.common.trading.command.CommitQuotaForPermit;
import org.ecoledger.common.trading.command.ReinstateQuotaForPermit;
import org.ecoledger.common.trading.event.QuotaCommitmentFellShort;
import org.ecoledger.common.trading.event.QuotaReinstatedForPermit;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.TradingRequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.ecoledger.trading.ledger.LedgerFixture.*;

/** Rights for new and expanded projects: retired in full or not at all, and given back once if the permit never took effect. */
class PermitRightsTest {

    private static final PermitId PERMIT = PermitId.of(UUID.fromString("7a1c0e52-4d7e-4f4f-9a53-1b2a3c4d5e6f"));
    private static final String REQUEST = PERMIT + "#1";

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    private TestExecutor<TradingLedger> givenThePowerPlantHolds(long kilograms) {
        return fixture.givenCommands(openSichuan(), so2MarketWithFloor(50), deposit(POWER_PLANT, 1), allocateFree(POWER_PLANT, kilograms));
    }

    private static CommitQuotaForPermit commit(long kilograms) {
        return new CommitQuotaForPermit(SICHUAN, POWER_PLANT, PERMIT, 1,
                List.of(new QuotaRequirement(Pollutant.SO2, 2027, Mass.ofGrams(kilograms * 1_000L))), SYSTEM, NOW);
    }

    private static ReinstateQuotaForPermit reinstate() {
        return new ReinstateQuotaForPermit(SICHUAN, POWER_PLANT, PERMIT, 1, SYSTEM, NOW);
    }

    private static List<RetiredQuota> retired(long kilograms) {
        return List.of(new RetiredQuota(SO2_CHENGDU_2027, Mass.ofGrams(kilograms * 1_000L)));
    }

    @Test
    void rightsHeldInFullAreRetiredForThePermitVersion() {
        givenThePowerPlantHolds(1_000)
                .when(commit(600))
                .expectEvents(new QuotaRetiredForPermit(SICHUAN, POWER_PLANT, PERMIT, 1, retired(600), SYSTEM, NOW));
    }

    @Test
    void rightsHeldInPartAreNotRetiredAndTheShortfallIsReported() {
        givenThePowerPlantHolds(400)
                .when(commit(600))
                .expectEvents(new QuotaCommitmentFellShort(SICHUAN, POWER_PLANT, PERMIT, 1,
                        List.of(new QuotaRequirement(Pollutant.SO2, 2027, Mass.ofGrams(200 * 1_000L))), SYSTEM, NOW));
    }

    @Test
    void aPermitVersionsRightsAreRetiredOnce() {
        givenThePowerPlantHolds(1_000)
                .andGivenCommands(commit(600))
                .when(commit(600))
                .expectEvents(new TradingRequestRefused(SICHUAN, POWER_PLANT, "permit-commitment", REQUEST, TradingRefusalReason.DUPLICATE_REQUEST,
                        "these rights were retired already", SYSTEM, NOW));
    }

    @Test
    void rightsOfAPermitThatNeverTookEffectGoBackIntoTheSameClass() {
        givenThePowerPlantHolds(1_000)
                .andGivenCommands(commit(600))
                .when(reinstate())
                .expectEvents(new QuotaReinstatedForPermit(SICHUAN, POWER_PLANT, PERMIT, 1, retired(600), SYSTEM, NOW));
    }

    @Test
    void reinstatedRightsCanBeSoldAgain() {
        givenThePowerPlantHolds(1_000)
                .andGivenCommands(commit(600), reinstate())
                .when(sell(POWER_PLANT, "s1", 80, 1_000))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(org.ecoledger.trading.api.OrderPlaced.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void rightsAreReinstatedOnce() {
        givenThePowerPlantHolds(1_000)
                .andGivenCommands(commit(600), reinstate())
                .when(reinstate())
                .expectEvents(new TradingRequestRefused(SICHUAN, POWER_PLANT, "permit-reinstatement", REQUEST, TradingRefusalReason.DUPLICATE_REQUEST,
                        "these rights were reinstated already", SYSTEM, NOW));
    }

    @Test
    void nothingIsReinstatedForAPermitVersionWhoseRightsWereNeverRetired() {
        givenThePowerPlantHolds(400)
                .andGivenCommands(commit(600))
                .when(reinstate())
                .expectEvents(new TradingRequestRefused(SICHUAN, POWER_PLANT, "permit-reinstatement", REQUEST, TradingRefusalReason.NOTHING_RETIRED,
                        "no rights were retired for this permit version", SYSTEM, NOW));
    }

    @Test
    void onlyThePlatformMovesRightsForPermits() {
        givenThePowerPlantHolds(1_000)
                .when(new CommitQuotaForPermit(SICHUAN, POWER_PLANT, PERMIT, 1,
                        List.of(new QuotaRequirement(Pollutant.SO2, 2027, Mass.ofGrams(600 * 1_000L))), userOf(POWER_PLANT), NOW))
                .expectException(NotPermitted.class);
        givenThePowerPlantHolds(1_000)
                .andGivenCommands(commit(600))
                .when(new ReinstateQuotaForPermit(SICHUAN, POWER_PLANT, PERMIT, 1, REVIEWER, NOW))
                .expectException(NotPermitted.class);
    }
}
