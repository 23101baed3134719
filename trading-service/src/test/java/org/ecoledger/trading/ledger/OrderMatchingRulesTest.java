package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.CancelOrder;
import org.ecoledger.support.web.NotPermitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.ecoledger.common.trading.TradingRefusalReason.ORDER_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

/**
 * The continuous market inside the ledger: price-time priority at the resting order's price,
 * partial fills, trades between any regions of the area and none with enterprises outside it,
 * cancels of open orders only, and order batches decided one request at a time.
 */
class OrderMatchingRulesTest {

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    /** The paper mill (Mianyang) and the cement works (Chengdu) each hold 1,000 kg of Chengdu rights; the power plant (Chengdu) holds cash. */
    private TestExecutor<TradingLedger> givenTwoSellersAndABuyer() {
        return fixture.givenCommands(openSichuan(), so2MarketWithFloor(50),
                deposit(PAPER_MILL, 1), allocateFree(PAPER_MILL, 1_000),
                deposit(CEMENT_WORKS, 1), allocateFree(CEMENT_WORKS, 1_000),
                deposit(POWER_PLANT, 1_000_000));
    }

    @Test
    void theOldestOrderAtAPriceTradesFirst() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100), sell(CEMENT_WORKS, "s2", 80, 100))
                .when(buy(POWER_PLANT, "b1", 90, 150))
                .expectEvents(placed(3, POWER_PLANT, "b1", Side.BUY, 90, 150),
                        traded(1, POWER_PLANT, PAPER_MILL, 3, 1, Side.BUY, 80, 100),
                        traded(2, POWER_PLANT, CEMENT_WORKS, 3, 2, Side.BUY, 80, 50));
    }

    @Test
    void aBetterPriceTradesBeforeAnOlderWorseOne() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 90, 100), sell(CEMENT_WORKS, "s2", 80, 100))
                .when(buy(POWER_PLANT, "b1", 100, 150))
                .expectEvents(placed(3, POWER_PLANT, "b1", Side.BUY, 100, 150),
                        traded(1, POWER_PLANT, CEMENT_WORKS, 3, 2, Side.BUY, 80, 100),
                        traded(2, POWER_PLANT, PAPER_MILL, 3, 1, Side.BUY, 90, 50));
    }

    @Test
    void aPartlyFilledRestingOrderKeepsItsPlaceInTheQueue() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100), sell(CEMENT_WORKS, "s2", 80, 100), buy(POWER_PLANT, "b1", 80, 40))
                .when(buy(POWER_PLANT, "b2", 80, 100))
                .expectEvents(placed(4, POWER_PLANT, "b2", Side.BUY, 80, 100),
                        traded(2, POWER_PLANT, PAPER_MILL, 4, 1, Side.BUY, 80, 60),
                        traded(3, POWER_PLANT, CEMENT_WORKS, 4, 2, Side.BUY, 80, 40));
    }

    @Test
    void aSellMeetingRestingBuysTradesAtEachBuysPriceAndRestsWhatIsLeft() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(buy(POWER_PLANT, "b1", 100, 100), buy(POWER_PLANT, "b2", 90, 100))
                .when(sell(PAPER_MILL, "s1", 85, 300))
                .expectEvents(placed(3, PAPER_MILL, "s1", Side.SELL, 85, 300),
                        traded(1, POWER_PLANT, PAPER_MILL, 1, 3, Side.SELL, 100, 100),
                        traded(2, POWER_PLANT, PAPER_MILL, 2, 3, Side.SELL, 90, 100))
                .expectResultMessagePayload(LedgerOutcome.done(new OrderReceipt(new OrderId(SICHUAN, 3), false,
                        List.of(traded(1, POWER_PLANT, PAPER_MILL, 1, 3, Side.SELL, 100, 100), traded(2, POWER_PLANT, PAPER_MILL, 2, 3, Side.SELL, 90, 100)),
                        Quantities.kilograms(100))));
    }

    @Test
    void anEnterpriseOfAnotherRegionOfTheAreaBuysTheRegionsRights() {
        fixture.givenCommands(openSichuan(), so2MarketWithFloor(50), deposit(PAPER_MILL, 100_000), allocateFree(POWER_PLANT, 500),
                        sell(POWER_PLANT, "s1", 80, 500))
                .when(buy(PAPER_MILL, "b1", 80, 500))
                .expectEvents(placed(2, PAPER_MILL, "b1", Side.BUY, 80, 500), traded(1, PAPER_MILL, POWER_PLANT, 2, 1, Side.BUY, 80, 500));
    }

    @Test
    void anEnterpriseOutsideTheAreaCannotTradeInIt() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100))
                .when(buy(OUTSIDER, "b1", 80, 100))
                .expectEvents(refused(OUTSIDER, "order", "b1", OUTSIDE_TRADING_AREA, "the enterprise is registered outside this trading area",
                        userOf(OUTSIDER)));
    }

    @Test
    void cancellingAnUnknownOrderIsRefused() {
        givenTwoSellersAndABuyer()
                .when(cancel(POWER_PLANT, 9))
                .expectEvents(refused(POWER_PLANT, "cancel", "sichuan-9", ORDER_NOT_OPEN, "the order is filled, cancelled or unknown", userOf(POWER_PLANT)));
    }

    @Test
    void cancellingAFilledOrderIsRefused() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100), buy(POWER_PLANT, "b1", 80, 100))
                .when(cancel(PAPER_MILL, 1))
                .expectEvents(refused(PAPER_MILL, "cancel", "sichuan-1", ORDER_NOT_OPEN, "the order is filled, cancelled or unknown", userOf(PAPER_MILL)));
    }

    @Test
    void cancellingACancelledOrderIsRefused() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100), cancel(PAPER_MILL, 1))
                .when(cancel(PAPER_MILL, 1))
                .expectEvents(refused(PAPER_MILL, "cancel", "sichuan-1", ORDER_NOT_OPEN, "the order is filled, cancelled or unknown", userOf(PAPER_MILL)));
    }

    @Test
    void anOrderOfAnotherAreaIsNotCancelledHere() {
        givenTwoSellersAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 100))
                .when(new CancelOrder(SICHUAN, PAPER_MILL, new OrderId(TradingAreaId.of("chongqing"), 1), userOf(PAPER_MILL), NOW))
                .expectEvents(refused(PAPER_MILL, "cancel", "chongqing-1", ORDER_NOT_OPEN, "the order is filled, cancelled or unknown", userOf(PAPER_MILL)));
    }

    @Test
    void eachRequestOfABatchIsDecidedAloneInArrivalOrder() {
        givenTwoSellersAndABuyer()
                .when(new ExecuteOrders(SICHUAN, List.of(sell(PAPER_MILL, "s1", 80, 100), cancel(POWER_PLANT, 1), buy(POWER_PLANT, "b1", 80, 100))))
                .expectEvents(placed(1, PAPER_MILL, "s1", Side.SELL, 80, 100), placed(2, POWER_PLANT, "b1", Side.BUY, 80, 100),
                        traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 80, 100))
                .expectResultMessagePayloadMatching(contains(
                        equalTo(LedgerOutcome.done(new OrderReceipt(new OrderId(SICHUAN, 1), false, List.of(), Quantities.kilograms(100)))),
                        instanceOf(NotPermitted.class),
                        equalTo(LedgerOutcome.done(new OrderReceipt(new OrderId(SICHUAN, 2), false,
                                List.of(traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 80, 100)), Quantities.kilograms(0))))));
    }

    @Test
    void aBatchHoldsOnlyOrdersAndCancellations() {
        givenTwoSellersAndABuyer()
                .when(new ExecuteOrders(SICHUAN, List.of(deposit(POWER_PLANT, 5), sell(PAPER_MILL, "s1", 80, 100))))
                .expectEvents(placed(1, PAPER_MILL, "s1", Side.SELL, 80, 100))
                .expectResultMessagePayloadMatching(contains(instanceOf(IllegalArgumentException.class),
                        equalTo(LedgerOutcome.done(new OrderReceipt(new OrderId(SICHUAN, 1), false, List.of(), Quantities.kilograms(100))))));
    }
}
