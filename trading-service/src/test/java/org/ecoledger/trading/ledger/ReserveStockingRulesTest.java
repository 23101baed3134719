package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.command.CreditVoluntaryReduction;
import org.ecoledger.common.trading.command.StockReserve;
import org.ecoledger.common.trading.event.VoluntaryReductionCredited;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.AccountOpened;
import org.ecoledger.trading.api.ReserveStocked;
import org.ecoledger.trading.api.TradingAreaOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/** The other two ways rights enter the ledger: the bureau stocks a region's reserve once per stocking, and credits an enterprise's voluntary reduction once. */
class ReserveStockingRulesTest {

    private static final PermitId PERMIT = PermitId.of(UUID.fromString("3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a"));
    private static final QuotaClass NOX_CHENGDU_2027 = new QuotaClass(Pollutant.NOX, CHENGDU, 2027);
    private static final QuotaClass NOX_MIANYANG_2027 = new QuotaClass(Pollutant.NOX, RegionCode.of("510700"), 2027);
    private static final StockingId STOCKING = StockingId.of("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    private static StockReserve stock(QuotaClass quotaClass, long kilograms, Actor by) {
        return new StockReserve(SICHUAN, STOCKING, quotaClass, Quantities.kilograms(kilograms), by, NOW);
    }

    private static CreditVoluntaryReduction credit(EnterpriseId enterprise, QuotaClass quotaClass, long kilograms, Actor by) {
        return new CreditVoluntaryReduction(SICHUAN, enterprise, quotaClass, Quantities.kilograms(kilograms), PERMIT, by, NOW);
    }

    private static VoluntaryReductionCredited credited(EnterpriseId enterprise, QuotaClass quotaClass, long kilograms) {
        return new VoluntaryReductionCredited(SICHUAN, enterprise, quotaClass, Quantities.kilograms(kilograms), PERMIT, REVIEWER, NOW);
    }

    private static String creditReference(QuotaClass quotaClass) {
        return "voluntary:" + PERMIT + ":" + quotaClass.key();
    }

    @Test
    void theBureauStocksTheReserveOfTheRightsRegion() {
        fixture.givenCommands(openSichuan())
                .when(stock(SO2_CHENGDU_2027, 2_000, CHENGDU_REVIEWER))
                .expectEvents(new ReserveStocked(SICHUAN, STOCKING, SO2_CHENGDU_2027, Quantities.kilograms(2_000), CHENGDU_REVIEWER, NOW))
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(2_000_000, 0)));
    }

    @Test
    void onlyTheBureauOfTheRightsRegionStocksItsReserve() {
        fixture.givenCommands(openSichuan())
                .when(stock(SO2_CHENGDU_2027, 2_000, MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void rightsOfARegionOutsideTheAreaAreNotStocked() {
        fixture.givenCommands(openSichuan())
                .when(stock(SO2_SHENZHEN_2027, 2_000, ADMIN))
                .expectEvents(refused(null, "reserve", STOCKING.value(), OUTSIDE_TRADING_AREA,
                        "the rights are outside this trading area", ADMIN));
    }

    @Test
    void aStockingSentAgainIsRefusedAndStocksOnce() {
        fixture.givenCommands(openSichuan(), stock(SO2_CHENGDU_2027, 2_000, CHENGDU_REVIEWER))
                .when(stock(SO2_CHENGDU_2027, 2_000, CHENGDU_REVIEWER))
                .expectEvents(refused(null, "reserve", STOCKING.value(), DUPLICATE_REQUEST, "this stocking was made already", CHENGDU_REVIEWER))
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(2_000_000, 0)));
    }

    @Test
    void anotherStockingOfTheSameRightsIsStockedToo() {
        fixture.givenCommands(openSichuan(), stock(SO2_CHENGDU_2027, 2_000, CHENGDU_REVIEWER))
                .when(new StockReserve(SICHUAN, StockingId.of("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b"), SO2_CHENGDU_2027, Quantities.kilograms(500),
                        CHENGDU_REVIEWER, NOW))
                .expectSuccessfulHandlerExecution()
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(2_500_000, 0)));
    }

    @Test
    void aStockingRecordedBeforeStockingsHadAnIdStillLoadsAndCounts() {
        ReserveStocked recordedEarlier = storedWithout("stockingId",
                new ReserveStocked(SICHUAN, STOCKING, SO2_CHENGDU_2027, Quantities.kilograms(2_000), CHENGDU_REVIEWER, NOW));
        assertThat(recordedEarlier.stockingId()).isNull();
        fixture.given(new TradingAreaOpened(SICHUAN, List.of(RegionCode.of("510000")), ADMIN, NOW), recordedEarlier)
                .when(stock(SO2_CHENGDU_2027, 500, CHENGDU_REVIEWER))
                .expectEvents(new ReserveStocked(SICHUAN, STOCKING, SO2_CHENGDU_2027, Quantities.kilograms(500), CHENGDU_REVIEWER, NOW))
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(2_500_000, 0)));
    }

    @Test
    void aVoluntaryReductionIsCreditedToTheEnterprisesAccount() {
        fixture.givenCommands(openSichuan(), deposit(POWER_PLANT, 1))
                .when(credit(POWER_PLANT, SO2_CHENGDU_2027, 300, REVIEWER))
                .expectEvents(credited(POWER_PLANT, SO2_CHENGDU_2027, 300))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).holding(SO2_CHENGDU_2027)).isEqualTo(balance(300_000, 0)));
    }

    @Test
    void aVoluntaryReductionOpensTheAccountOfAnEnterpriseWithoutOne() {
        fixture.givenCommands(openSichuan())
                .when(credit(PAPER_MILL, SO2_CHENGDU_2027, 300, REVIEWER))
                .expectEvents(new AccountOpened(SICHUAN, PAPER_MILL, 1, NOW), credited(PAPER_MILL, SO2_CHENGDU_2027, 300));
    }

    @Test
    void aPermitsReductionIsCreditedOncePerClass() {
        fixture.givenCommands(openSichuan(), credit(POWER_PLANT, SO2_CHENGDU_2027, 300, REVIEWER))
                .when(credit(POWER_PLANT, SO2_CHENGDU_2027, 300, REVIEWER))
                .expectEvents(refused(POWER_PLANT, "voluntary-reduction", creditReference(SO2_CHENGDU_2027), DUPLICATE_REQUEST,
                        "this reduction was credited already", REVIEWER))
                .expectState(ledger -> assertThat(totalGrams(ledger)).isEqualTo(300_000));
    }

    @Test
    void theSamePermitsReductionOfAnotherPollutantIsCreditedToo() {
        fixture.givenCommands(openSichuan(), credit(POWER_PLANT, SO2_CHENGDU_2027, 300, REVIEWER))
                .when(credit(POWER_PLANT, NOX_CHENGDU_2027, 120, REVIEWER))
                .expectEvents(credited(POWER_PLANT, NOX_CHENGDU_2027, 120));
    }

    @Test
    void onlyTheBureauOfTheEnterprisesRegionCreditsItsReduction() {
        fixture.givenCommands(openSichuan())
                .when(credit(POWER_PLANT, SO2_CHENGDU_2027, 300, MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheBureauOfTheRightsRegionTooCreditsAReduction() {
        fixture.givenCommands(openSichuan())
                .when(credit(POWER_PLANT, NOX_MIANYANG_2027, 300, CHENGDU_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theBureauOfBothRegionsCreditsAReductionInRightsOfAnotherRegion() {
        fixture.givenCommands(openSichuan())
                .when(credit(POWER_PLANT, NOX_MIANYANG_2027, 300, REVIEWER))
                .expectEvents(new AccountOpened(SICHUAN, POWER_PLANT, 1, NOW), credited(POWER_PLANT, NOX_MIANYANG_2027, 300));
    }

    @Test
    void aReductionOfAnEnterpriseOutsideTheAreaIsNotCredited() {
        fixture.givenCommands(openSichuan())
                .when(credit(OUTSIDER, SO2_CHENGDU_2027, 300, ADMIN))
                .expectEvents(refused(OUTSIDER, "voluntary-reduction", creditReference(SO2_CHENGDU_2027), OUTSIDE_TRADING_AREA,
                        "the enterprise or the rights are outside this trading area", ADMIN));
    }
}
