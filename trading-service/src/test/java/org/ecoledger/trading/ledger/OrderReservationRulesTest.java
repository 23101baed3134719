package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.trading.Side;
import org.ecoledger.trading.api.OrderCancellation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_CASH;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_QUOTA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * What an order holds: a sell its rights, a buy its limit price times its quantity in cash, from
 * placement until it trades or leaves the book; a buy filled at a better price gets the difference
 * back, and a cancel gives back the rest.
 */
class OrderReservationRulesTest {

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    @Test
    void aSellOrderReservesTheSellersRights() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(sell(PAPER_MILL, "s1", 80, 600))
                .expectEvents(placed(1, PAPER_MILL, "s1", Side.SELL, 80, 600))
                .expectState(ledger -> assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(400_000, 600_000)));
    }

    @Test
    void anEnterpriseWithoutRightsCannotSell() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(sell(CEMENT_WORKS, "s1", 80, 1))
                .expectEvents(refused(CEMENT_WORKS, "order", "s1", INSUFFICIENT_QUOTA, "the account does not hold 0.001 t of SO2/510100/2027 available",
                        userOf(CEMENT_WORKS)));
    }

    @Test
    void aBuyOrderReservesItsLimitPriceTimesItsQuantityOfCash() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(placed(1, POWER_PLANT, "b1", Side.BUY, 100, 400))
                .expectState(ledger -> assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(960_000, 40_000)));
    }

    @Test
    void aBuyBeyondTheAvailableCashIsRefused() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(buy(POWER_PLANT, "b1", 1_001, 1_000))
                .expectEvents(refused(POWER_PLANT, "order", "b1", INSUFFICIENT_CASH, "the order needs 1001000 fen of available cash", userOf(POWER_PLANT)));
    }

    @Test
    void cashReservedByOneBuyIsNotAvailableToTheNext() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(buy(POWER_PLANT, "b1", 100, 6_000))
                .when(buy(POWER_PLANT, "b2", 100, 4_001))
                .expectEvents(refused(POWER_PLANT, "order", "b2", INSUFFICIENT_CASH, "the order needs 400100 fen of available cash", userOf(POWER_PLANT)));
    }

    @Test
    void cancellingABuyReleasesItsWholeReservation() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(buy(POWER_PLANT, "b1", 100, 400))
                .when(cancel(POWER_PLANT, 1))
                .expectEvents(cancelled(1, POWER_PLANT, Side.BUY, 100, 400, OrderCancellation.OWNER_REQUEST, userOf(POWER_PLANT)))
                .expectState(ledger -> assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(1_000_000, 0)));
    }

    @Test
    void cancellingAPartlyFilledSellReleasesTheRightsItStillHeld() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 600), buy(POWER_PLANT, "b1", 90, 200))
                .when(cancel(PAPER_MILL, 1))
                .expectEvents(cancelled(1, PAPER_MILL, Side.SELL, 80, 400, OrderCancellation.OWNER_REQUEST, userOf(PAPER_MILL)))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(800_000, 0));
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).cash()).isEqualTo(balance(16_001, 0));
                });
    }

    @Test
    void aBuyFilledAtABetterPriceGetsTheDifferenceBackAndTheSellerIsPaidTheTradesValue() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 600))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(placed(2, POWER_PLANT, "b1", Side.BUY, 100, 400), traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 80, 400))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(968_000, 0));
                    assertThat(accountNumbered(ledger, BUYER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(400_000, 0));
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).cash()).isEqualTo(balance(32_001, 0));
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(400_000, 200_000));
                });
    }

    @Test
    void aPartlyFilledBuyKeepsItsRestReservedAtItsLimitPrice() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(placed(2, POWER_PLANT, "b1", Side.BUY, 100, 400), traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 80, 100))
                .expectState(ledger -> assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(962_000, 30_000)));
    }

    @Test
    void aRestingOrderCancelledToPreventASelfTradeGivesBackItsRights() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(deposit(PAPER_MILL, 100_000), sell(PAPER_MILL, "s1", 70, 100))
                .when(buy(PAPER_MILL, "b1", 80, 100))
                .expectEvents(placed(2, PAPER_MILL, "b1", Side.BUY, 80, 100),
                        cancelled(1, PAPER_MILL, Side.SELL, 70, 100, OrderCancellation.SELF_TRADE_PREVENTION, userOf(PAPER_MILL)))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).holding(SO2_CHENGDU_2027)).isEqualTo(balance(1_000_000, 0));
                    assertThat(accountNumbered(ledger, SELLER_ACCOUNT).cash()).isEqualTo(balance(92_001, 8_000));
                });
    }

    @Test
    void aRefusedOrderReservesNothingAndTakesNoOrderNumber() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(buy(POWER_PLANT, "b0", 49, 10))
                .when(buy(POWER_PLANT, "b1", 60, 10))
                .expectEvents(placed(1, POWER_PLANT, "b1", Side.BUY, 60, 10))
                .expectState(ledger -> assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(999_400, 600)));
    }
}
