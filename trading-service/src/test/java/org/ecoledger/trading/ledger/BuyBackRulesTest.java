package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.command.CloseBuyBack;
import org.ecoledger.common.trading.command.OfferBuyBack;
import org.ecoledger.common.trading.command.SellToReserve;
import org.ecoledger.common.trading.event.BuyBackSettled;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Money;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.BuyBackClosed;
import org.ecoledger.trading.api.BuyBackOffered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.BUY_BACK_EXHAUSTED;
import static org.ecoledger.common.trading.TradingRefusalReason.BUY_BACK_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_QUOTA;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_RESERVE;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * Buy-back into the reserve: the bureau offers a set price for up to a maximum quantity, paid
 * from the reserve's cash, which the offer holds; enterprises sell their available rights into it
 * until it is exhausted or the bureau closes it, which gives the reserve back what it did not spend.
 */
class BuyBackRulesTest {

    private static final BuyBackId BUY_BACK = BuyBackId.of("2d3e4f50-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
    private static final BuyBackId ANOTHER_BUY_BACK = BuyBackId.of("7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b");

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    /** The power plant (account 1) paid 300,000 fen into the Chengdu reserve for 3,000 kg of rights. */
    private TestExecutor<TradingLedger> givenAReserveWithCashFromPaidUse() {
        return fixture.givenCommands(openSichuan(), so2MarketWithFloor(50), deposit(POWER_PLANT, 1_000_000),
                allocate(AllocationId.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), POWER_PLANT, 3_000, 100_000));
    }

    /** As above, with a buy-back of up to 1,000 kg at 100 fen/kg. */
    private TestExecutor<TradingLedger> givenAnOpenBuyBack() {
        return givenAReserveWithCashFromPaidUse().andGivenCommands(offer(BUY_BACK, SO2_CHENGDU_2027, 1_000, REVIEWER));
    }

    private static OfferBuyBack offer(BuyBackId buyBack, QuotaClass quotaClass, long kilograms, Actor by) {
        return new OfferBuyBack(SICHUAN, buyBack, quotaClass, Price.ofFenPerKilogram(100), Quantities.kilograms(kilograms), by, NOW);
    }

    private static SellToReserve sellToReserve(long kilograms) {
        return new SellToReserve(SICHUAN, BUY_BACK, POWER_PLANT, Quantities.kilograms(kilograms), userOf(POWER_PLANT), NOW);
    }

    private static CloseBuyBack close(Actor by) {
        return new CloseBuyBack(SICHUAN, BUY_BACK, by, NOW);
    }

    private static BuyBackClosed closed(long releasedFen) {
        return new BuyBackClosed(SICHUAN, BUY_BACK, SO2_CHENGDU_2027, Money.ofFen(releasedFen), REVIEWER, NOW);
    }

    private static BuyBackSettled settled(long kilograms) {
        return new BuyBackSettled(SICHUAN, BUY_BACK, POWER_PLANT, SO2_CHENGDU_2027, Quantities.kilograms(kilograms), Price.ofFenPerKilogram(100),
                Money.ofFen(100 * kilograms), userOf(POWER_PLANT), NOW);
    }

    @Test
    void theBureauOffersABuyBackAndItsBudgetIsHeldInTheReserve() {
        givenAReserveWithCashFromPaidUse()
                .when(offer(BUY_BACK, SO2_CHENGDU_2027, 1_000, REVIEWER))
                .expectEvents(new BuyBackOffered(SICHUAN, BUY_BACK, SO2_CHENGDU_2027, Price.ofFenPerKilogram(100), Quantities.kilograms(1_000),
                        REVIEWER, NOW))
                .expectState(ledger -> assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(200_000, 100_000)));
    }

    @Test
    void aBuyBackBeyondTheReservesCashIsRefused() {
        givenAReserveWithCashFromPaidUse()
                .when(offer(BUY_BACK, SO2_CHENGDU_2027, 3_001, REVIEWER))
                .expectEvents(refused(null, "buy-back", BUY_BACK.value(), INSUFFICIENT_RESERVE, "the reserve's cash does not cover 300100 fen", REVIEWER));
    }

    @Test
    void cashHeldForOneBuyBackIsNotOfferedAtAnother() {
        givenAnOpenBuyBack()
                .when(offer(ANOTHER_BUY_BACK, SO2_CHENGDU_2027, 2_001, REVIEWER))
                .expectEvents(refused(null, "buy-back", ANOTHER_BUY_BACK.value(), INSUFFICIENT_RESERVE, "the reserve's cash does not cover 200100 fen",
                        REVIEWER));
    }

    @Test
    void aBuyBackIsOfferedOnce() {
        givenAnOpenBuyBack()
                .when(offer(BUY_BACK, SO2_CHENGDU_2027, 1_000, REVIEWER))
                .expectEvents(refused(null, "buy-back", BUY_BACK.value(), DUPLICATE_REQUEST, "this buy-back was offered already", REVIEWER));
    }

    @Test
    void onlyTheBureauOfTheRightsRegionOffersABuyBack() {
        givenAReserveWithCashFromPaidUse()
                .when(offer(BUY_BACK, SO2_CHENGDU_2027, 1_000, MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void noBuyBackIsOfferedForRightsOutsideTheArea() {
        givenAReserveWithCashFromPaidUse()
                .when(offer(BUY_BACK, SO2_SHENZHEN_2027, 1_000, ADMIN))
                .expectEvents(refused(null, "buy-back", BUY_BACK.value(), OUTSIDE_TRADING_AREA, "the rights are outside this trading area", ADMIN));
    }

    @Test
    void anEnterpriseSellsToTheReserveAtTheSetPrice() {
        givenAnOpenBuyBack()
                .when(sellToReserve(600))
                .expectEvents(settled(600))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, 1).holding(SO2_CHENGDU_2027)).isEqualTo(balance(2_400_000, 0));
                    assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(760_000, 0));
                    assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(600_000, 0));
                    assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(200_000, 40_000));
                });
    }

    @Test
    void aBuyBackTakesRightsUpToItsLastKilogram() {
        givenAnOpenBuyBack()
                .andGivenCommands(sellToReserve(600))
                .when(sellToReserve(400))
                .expectEvents(settled(400));
    }

    @Test
    void aSaleBeyondWhatTheBuyBackStillTakesIsRefused() {
        givenAnOpenBuyBack()
                .andGivenCommands(sellToReserve(600))
                .when(sellToReserve(401))
                .expectEvents(refused(POWER_PLANT, "sell-to-reserve", BUY_BACK.value(), BUY_BACK_EXHAUSTED, "the offer has 0.4 t left", userOf(POWER_PLANT)));
    }

    @Test
    void aSaleToABuyBackNeverOfferedIsRefused() {
        givenAReserveWithCashFromPaidUse()
                .when(sellToReserve(600))
                .expectEvents(refused(POWER_PLANT, "sell-to-reserve", BUY_BACK.value(), BUY_BACK_NOT_OPEN, "there is no such buy-back offer",
                        userOf(POWER_PLANT)));
    }

    @Test
    void rightsHeldForASellOrderAreNotSoldToTheReserve() {
        givenAnOpenBuyBack()
                .andGivenCommands(sell(POWER_PLANT, "s1", 80, 2_500))
                .when(sellToReserve(501))
                .expectEvents(refused(POWER_PLANT, "sell-to-reserve", BUY_BACK.value(), INSUFFICIENT_QUOTA, "the account does not hold that much available",
                        userOf(POWER_PLANT)));
    }

    @Test
    void anEnterpriseSellsOnlyItsOwnRightsToTheReserve() {
        givenAnOpenBuyBack()
                .when(new SellToReserve(SICHUAN, BUY_BACK, POWER_PLANT, Quantities.kilograms(600), userOf(PAPER_MILL), NOW))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void theBureauClosesABuyBackAndTheBudgetItDidNotSpendIsTheReservesAgain() {
        givenAnOpenBuyBack()
                .andGivenCommands(sellToReserve(600))
                .when(close(REVIEWER))
                .expectEvents(closed(40_000))
                .expectState(ledger -> {
                    assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(240_000, 0));
                    assertThat(totalCash(ledger)).isEqualTo(1_000_000);
                });
    }

    @Test
    void aBuyBackTakenInFullClosesReleasingNothing() {
        givenAnOpenBuyBack()
                .andGivenCommands(sellToReserve(1_000))
                .when(close(REVIEWER))
                .expectEvents(closed(0))
                .expectState(ledger -> assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(200_000, 0)));
    }

    @Test
    void aSaleIntoAClosedBuyBackIsRefused() {
        givenAnOpenBuyBack()
                .andGivenCommands(close(REVIEWER))
                .when(sellToReserve(600))
                .expectEvents(refused(POWER_PLANT, "sell-to-reserve", BUY_BACK.value(), BUY_BACK_NOT_OPEN, "the buy-back is closed", userOf(POWER_PLANT)))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).holding(SO2_CHENGDU_2027)).isEqualTo(balance(3_000_000, 0)));
    }

    @Test
    void aBuyBackIsClosedOnce() {
        givenAnOpenBuyBack()
                .andGivenCommands(close(REVIEWER))
                .when(close(REVIEWER))
                .expectEvents(refused(null, "buy-back-close", BUY_BACK.value(), BUY_BACK_NOT_OPEN, "the buy-back is closed already", REVIEWER))
                .expectState(ledger -> assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(300_000, 0)));
    }

    @Test
    void theIdOfAClosedBuyBackIsNotOfferedAgain() {
        givenAnOpenBuyBack()
                .andGivenCommands(close(REVIEWER))
                .when(offer(BUY_BACK, SO2_CHENGDU_2027, 1_000, REVIEWER))
                .expectEvents(refused(null, "buy-back", BUY_BACK.value(), DUPLICATE_REQUEST, "this buy-back was offered already", REVIEWER));
    }

    @Test
    void onlyTheBureauOfTheRightsRegionClosesABuyBack() {
        givenAnOpenBuyBack()
                .when(close(MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anEnterpriseCannotCloseABuyBack() {
        givenAnOpenBuyBack()
                .when(close(userOf(POWER_PLANT)))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anOfferInALedgerSnapshottedBeforeBuyBacksCouldCloseIsOpen() {
        BuyBack snapshotted = storedWithout("closed", new BuyBack(SO2_CHENGDU_2027, 100, 400_000, true));
        assertThat(snapshotted).isEqualTo(new BuyBack(SO2_CHENGDU_2027, 100, 400_000, false));
    }

    @Test
    void aBuyBackNeverOfferedCannotBeClosed() {
        givenAReserveWithCashFromPaidUse()
                .when(close(REVIEWER))
                .expectException(NotFound.class)
                .expectNoEvents();
    }
}
