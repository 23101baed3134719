package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingRefusalReason;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.value.Money;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.OrderCancellation;
import org.ecoledger.trading.api.OrderCancelled;
import org.ecoledger.trading.api.OrderPlaced;
import org.ecoledger.trading.api.TradingRequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

class TradingLedgerTest {

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    private org.axonframework.test.aggregate.TestExecutor<TradingLedger> givenAMarketWithASellerAndABuyer() {
        return fixture.givenCommands(openSichuan(), so2MarketWithFloor(50),
                deposit(PAPER_MILL, 0 + 1), allocateFree(PAPER_MILL, 1_000),
                deposit(POWER_PLANT, 1_000_000));
    }

    @Test
    void aBuyAtOrAboveTheBestAskTradesAtTheAsksPriceAndSettlesBothAccounts() {
        givenAMarketWithASellerAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 600))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(OrderPlaced.class),
                                org.hamcrest.Matchers.equalTo((Object) new TradeSettled(SICHUAN, 1, SO2_CHENGDU_2027,
                                        POWER_PLANT, PAPER_MILL, new OrderId(SICHUAN, 2), new OrderId(SICHUAN, 1), Side.BUY,
                                        Price.ofFenPerKilogram(80), Quantities.kilograms(400), Money.ofFen(32_000), NOW)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void aSellerCannotOfferMoreRightsThanItHoldsAvailable() {
        givenAMarketWithASellerAndABuyer()
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 600))
                .when(sell(PAPER_MILL, "s2", 80, 401))
                .expectEvents(new TradingRequestRefused(SICHUAN, PAPER_MILL, "order", "s2", TradingRefusalReason.INSUFFICIENT_QUOTA,
                        "the account does not hold 0.401 t of SO2/510100/2027 available", userOf(PAPER_MILL), NOW));
    }

    @Test
    void aBuyerMustHaveCashForItsLimitPriceTimesQuantity() {
        givenAMarketWithASellerAndABuyer()
                .when(buy(POWER_PLANT, "b1", 1_001, 1_000))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(LedgerOutcome.Refused.class));
    }

    @Test
    void anOrderBelowTheFloorPriceIsRefusedAndRecorded() {
        givenAMarketWithASellerAndABuyer()
                .when(buy(POWER_PLANT, "b1", 49, 10))
                .expectEvents(new TradingRequestRefused(SICHUAN, POWER_PLANT, "order", "b1", TradingRefusalReason.BELOW_FLOOR_PRICE,
                        "the market's floor price is 50 fen/kg", userOf(POWER_PLANT), NOW));
    }

    @Test
    void theSameClientOrderIdPlacesOneOrder() {
        givenAMarketWithASellerAndABuyer()
                .andGivenCommands(buy(POWER_PLANT, "b1", 60, 10))
                .when(buy(POWER_PLANT, "b1", 60, 10))
                .expectNoEvents()
                .expectResultMessagePayload(LedgerOutcome.done(new OrderReceipt(new OrderId(SICHUAN, 1), true, java.util.List.of(), Quantities.kilograms(0))));
    }

    @Test
    void anEnterpriseCannotPlaceOrdersForAnother() {
        givenAMarketWithASellerAndABuyer()
                .when(new org.ecoledger.common.trading.command.PlaceOrder(SICHUAN, POWER_PLANT, org.ecoledger.common.trading.ClientOrderId.of("x"),
                        SO2_CHENGDU_2027, Side.BUY, Price.ofFenPerKilogram(60), Quantities.kilograms(1), userOf(PAPER_MILL), NOW))
                .expectException(NotPermitted.class);
    }

    @Test
    void aRestrictedEnterpriseCannotBuyButMaySell() {
        givenAMarketWithASellerAndABuyer()
                .andGivenCommands(new RestrictBuying(SICHUAN, POWER_PLANT, "blacklisted", ADMIN, NOW))
                .when(buy(POWER_PLANT, "b1", 60, 10))
                .expectResultMessagePayload(new LedgerOutcome.Refused("order", TradingRefusalReason.BUYING_RESTRICTED, "the enterprise may not buy"));
    }

    @Test
    void anOrderNeverTradesWithItsOwnersRestingOrderWhichIsCancelledInstead() {
        givenAMarketWithASellerAndABuyer()
                .andGivenCommands(deposit(PAPER_MILL, 100_000), sell(PAPER_MILL, "s1", 70, 100))
                .when(buy(PAPER_MILL, "b1", 80, 100))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.instanceOf(OrderPlaced.class),
                                org.hamcrest.Matchers.equalTo((Object) new OrderCancelled(SICHUAN,
                                        new OrderId(SICHUAN, 1), PAPER_MILL, SO2_CHENGDU_2027, Side.SELL, Price.ofFenPerKilogram(70),
                                        Quantities.kilograms(100), OrderCancellation.SELF_TRADE_PREVENTION, userOf(PAPER_MILL), NOW)),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void onlyTheOwnerCancelsAnOrder() {
        givenAMarketWithASellerAndABuyer()
                .andGivenCommands(buy(POWER_PLANT, "b1", 60, 10))
                .when(cancel(PAPER_MILL, 1))
                .expectException(NotPermitted.class);
    }

    @Test
    void aPaidUseFeeIsChargedPerTonneRoundedUpToTheFen() {
        assertThat(TradingLedger.paidUseFee(Quantities.kilograms(1_500), Money.ofFen(100_001))).isEqualTo(Money.ofFen(150_002));
    }
}
