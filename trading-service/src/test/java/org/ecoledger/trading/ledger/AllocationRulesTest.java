package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.command.AllocateQuota;
import org.ecoledger.common.trading.command.CreditVoluntaryReduction;
import org.ecoledger.common.trading.command.StockReserve;
import org.ecoledger.common.trading.event.QuotaAllocated;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.AccountOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_CASH;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/** Initial allocation: by the bureau of the rights' and the enterprise's region, paid for, once per allocation ID, inside the area. */
class AllocationRulesTest {

    private static final AllocationId ALLOCATION = AllocationId.of("0b9d1c4e-2f3a-4b5c-8d6e-7f8091a2b3c4");

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    private static AllocateQuota allocateAs(Actor by, EnterpriseId enterprise, QuotaClass quotaClass) {
        return new AllocateQuota(SICHUAN, ALLOCATION, enterprise, quotaClass, Quantities.kilograms(1_000), Money.ZERO, by, NOW);
    }

    private static QuotaAllocated allocated(EnterpriseId enterprise, long kilograms, long feePerTonne, long fee, Actor by) {
        return new QuotaAllocated(SICHUAN, ALLOCATION, enterprise, SO2_CHENGDU_2027, Quantities.kilograms(kilograms),
                Money.ofFen(feePerTonne), Money.ofFen(fee), by, NOW);
    }

    @Test
    void theBureauAllocatesRightsAndThePaidUseFeeGoesFromTheEnterpriseToTheRegionsReserve() {
        fixture.givenCommands(openSichuan(), deposit(POWER_PLANT, 1_000_000))
                .when(allocate(ALLOCATION, POWER_PLANT, 1_500, 100_001))
                .expectEvents(allocated(POWER_PLANT, 1_500, 100_001, 150_002, REVIEWER))
                .expectState(ledger -> {
                    Account plant = accountNumbered(ledger, 1);
                    assertThat(plant.cash()).isEqualTo(balance(849_998, 0));
                    assertThat(plant.holding(SO2_CHENGDU_2027)).isEqualTo(balance(1_500_000, 0));
                    assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(150_002, 0));
                });
    }

    @Test
    void aFreeAllocationOpensTheAccountOfAnEnterpriseWithoutOne() {
        fixture.givenCommands(openSichuan())
                .when(allocate(ALLOCATION, PAPER_MILL, 700, 0))
                .expectEvents(new AccountOpened(SICHUAN, PAPER_MILL, 1, NOW), allocated(PAPER_MILL, 700, 0, 0, REVIEWER));
    }

    @Test
    void aPaidUseFeeBeyondTheAvailableCashIsRefusedAndNothingIsAllocated() {
        fixture.givenCommands(openSichuan(), deposit(POWER_PLANT, 150_001))
                .when(allocate(ALLOCATION, POWER_PLANT, 1_500, 100_001))
                .expectEvents(refused(POWER_PLANT, "allocation", ALLOCATION.value(), INSUFFICIENT_CASH,
                        "the paid-use fee of 1500.02 yuan exceeds the account's available cash", REVIEWER))
                .expectState(ledger -> assertThat(totalGrams(ledger)).isZero());
    }

    @Test
    void aCityBureauAllocatesItsOwnRightsToItsOwnEnterprises() {
        fixture.givenCommands(openSichuan())
                .when(allocateAs(CHENGDU_REVIEWER, POWER_PLANT, SO2_CHENGDU_2027))
                .expectEvents(new AccountOpened(SICHUAN, POWER_PLANT, 1, NOW), allocated(POWER_PLANT, 1_000, 0, 0, CHENGDU_REVIEWER));
    }

    @Test
    void onlyTheBureauOfTheRightsRegionAllocatesThem() {
        fixture.givenCommands(openSichuan())
                .when(allocateAs(MIANYANG_REVIEWER, PAPER_MILL, SO2_CHENGDU_2027))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheBureauOfTheEnterprisesRegionAllocatesToIt() {
        fixture.givenCommands(openSichuan())
                .when(allocateAs(CHENGDU_REVIEWER, PAPER_MILL, SO2_CHENGDU_2027))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anEnterpriseCannotAllocateRightsToItself() {
        fixture.givenCommands(openSichuan())
                .when(allocateAs(userOf(POWER_PLANT), POWER_PLANT, SO2_CHENGDU_2027))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anAllocationIdIsAppliedOnce() {
        fixture.givenCommands(openSichuan(), allocate(ALLOCATION, POWER_PLANT, 1_000, 0))
                .when(allocate(ALLOCATION, POWER_PLANT, 1_000, 0))
                .expectEvents(refused(POWER_PLANT, "allocation", ALLOCATION.value(), DUPLICATE_REQUEST, "this allocation was made already", REVIEWER))
                .expectState(ledger -> assertThat(totalGrams(ledger)).isEqualTo(1_000_000));
    }

    @Test
    void anAllocationToAnEnterpriseOutsideTheAreaIsRefused() {
        fixture.givenCommands(openSichuan())
                .when(allocateAs(ADMIN, OUTSIDER, SO2_CHENGDU_2027))
                .expectEvents(refused(OUTSIDER, "allocation", ALLOCATION.value(), OUTSIDE_TRADING_AREA,
                        "the enterprise or the rights are outside this trading area", ADMIN));
    }

    @Test
    void anAllocationOfRightsOfARegionOutsideTheAreaIsRefused() {
        fixture.givenCommands(openSichuan())
                .when(allocateAs(ADMIN, POWER_PLANT, SO2_SHENZHEN_2027))
                .expectEvents(refused(POWER_PLANT, "allocation", ALLOCATION.value(), OUTSIDE_TRADING_AREA,
                        "the enterprise or the rights are outside this trading area", ADMIN));
    }

    @Test
    void rightsEnterOnlyByAllocationStockingAndCreditsAndTradingCreatesNeitherRightsNorCash() {
        fixture.givenCommands(openSichuan(), so2MarketWithFloor(50),
                        deposit(POWER_PLANT, 1_000_000), deposit(PAPER_MILL, 500_000),
                        allocate(ALLOCATION, PAPER_MILL, 1_000, 50_000),
                        new StockReserve(SICHUAN, StockingId.random(), SO2_CHENGDU_2027, Quantities.kilograms(300), REVIEWER, NOW),
                        new CreditVoluntaryReduction(SICHUAN, POWER_PLANT, SO2_CHENGDU_2027, Quantities.kilograms(200),
                                PermitId.of(UUID.fromString("5e3b2a10-1c2d-4e3f-8a9b-0c1d2e3f4a5b")), REVIEWER, NOW),
                        sell(PAPER_MILL, "s1", 80, 600))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(placed(2, POWER_PLANT, "b1", Side.BUY, 100, 400),
                        traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 80, 400))
                .expectState(ledger -> {
                    assertThat(totalGrams(ledger)).isEqualTo((1_000 + 300 + 200) * 1_000L);
                    assertThat(totalCash(ledger)).isEqualTo(1_500_000);
                });
    }
}
