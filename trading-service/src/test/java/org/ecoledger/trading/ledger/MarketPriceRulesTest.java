package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.command.SetMarketRules;
import org.ecoledger.common.value.Actor;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.MarketRulesSet;
import org.ecoledger.trading.api.OrderCancellation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.BELOW_FLOOR_PRICE;
import static org.ecoledger.common.trading.TradingRefusalReason.BELOW_MINIMUM_QUANTITY;
import static org.ecoledger.common.trading.TradingRefusalReason.MARKET_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_DAILY_PRICE_LIMIT;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * A market per quota class, opened by the bureau of its region with a floor price, optional daily
 * limits around a reference price and a minimum order quantity. Orders outside them are refused,
 * and new rules cancel the resting orders they no longer allow, so no trade is ever outside them.
 */
class MarketPriceRulesTest {

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    /** The paper mill (account 1) holds 1,000 kg; the power plant (account 2) holds cash; no market yet. */
    private TestExecutor<TradingLedger> givenASellerAndABuyer() {
        return fixture.givenCommands(openSichuan(), deposit(PAPER_MILL, 1), allocateFree(PAPER_MILL, 1_000), deposit(POWER_PLANT, 1_000_000));
    }

    private static SetMarketRules rules(QuotaClass quotaClass, long floor, Long reference, int percent, long minimumKilograms, Actor by) {
        return new SetMarketRules(SICHUAN, quotaClass, Price.ofFenPerKilogram(floor), reference == null ? null : Price.ofFenPerKilogram(reference),
                percent, Quantities.kilograms(minimumKilograms), by, NOW);
    }

    private static MarketRulesSet rulesSet(long floor, Long reference, int percent, long minimumKilograms) {
        return new MarketRulesSet(SICHUAN, SO2_CHENGDU_2027, Price.ofFenPerKilogram(floor), reference == null ? null : Price.ofFenPerKilogram(reference),
                percent, Quantities.kilograms(minimumKilograms), REVIEWER, NOW);
    }

    @Test
    void theBureauOfTheRegionOpensAMarketWithItsRules() {
        givenASellerAndABuyer()
                .when(rules(SO2_CHENGDU_2027, 50, 100L, 10, 5, REVIEWER))
                .expectEvents(rulesSet(50, 100L, 10, 5));
    }

    @Test
    void onlyTheBureauOfTheMarketsRegionSetsItsRules() {
        givenASellerAndABuyer()
                .when(rules(SO2_CHENGDU_2027, 50, null, 0, 1, MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void noMarketOpensForRightsOutsideTheArea() {
        givenASellerAndABuyer()
                .when(rules(SO2_SHENZHEN_2027, 50, null, 0, 1, ADMIN))
                .expectEvents(refused(null, "market-rules", SO2_SHENZHEN_2027.key(), OUTSIDE_TRADING_AREA,
                        "the market's region is outside this trading area", ADMIN));
    }

    @Test
    void anOrderWhereNoMarketIsOpenIsRefused() {
        givenASellerAndABuyer()
                .when(buy(POWER_PLANT, "b1", 100, 10))
                .expectEvents(refused(POWER_PLANT, "order", "b1", MARKET_NOT_OPEN, "there is no market for SO2/510100/2027", userOf(POWER_PLANT)));
    }

    @Test
    void aSellBelowTheFloorPriceIsRefused() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithFloor(50))
                .when(sell(PAPER_MILL, "s1", 49, 10))
                .expectEvents(refused(PAPER_MILL, "order", "s1", BELOW_FLOOR_PRICE, "the market's floor price is 50 fen/kg", userOf(PAPER_MILL)));
    }

    @Test
    void anOrderAtTheFloorPriceIsPlaced() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithFloor(50))
                .when(sell(PAPER_MILL, "s1", 50, 10))
                .expectEvents(placed(1, PAPER_MILL, "s1", Side.SELL, 50, 10));
    }

    @Test
    void aBuyAboveTheDaysHighestLimitIsRefused() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithLimits(50, 100, 10))
                .when(buy(POWER_PLANT, "b1", 111, 10))
                .expectEvents(refused(POWER_PLANT, "order", "b1", OUTSIDE_DAILY_PRICE_LIMIT, "today's limits are 90 to 110 fen/kg", userOf(POWER_PLANT)));
    }

    @Test
    void aSellBelowTheDaysLowestLimitIsRefused() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithLimits(50, 100, 10))
                .when(sell(PAPER_MILL, "s1", 89, 10))
                .expectEvents(refused(PAPER_MILL, "order", "s1", OUTSIDE_DAILY_PRICE_LIMIT, "today's limits are 90 to 110 fen/kg", userOf(PAPER_MILL)));
    }

    @Test
    void ordersAtBothDailyLimitsArePlacedAndTrade() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithLimits(50, 100, 10), sell(PAPER_MILL, "s1", 90, 10))
                .when(buy(POWER_PLANT, "b1", 110, 10))
                .expectEvents(placed(2, POWER_PLANT, "b1", Side.BUY, 110, 10), traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 90, 10));
    }

    @Test
    void theDailyLimitsAreRoundedInwardsToWholeFen() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithLimits(50, 105, 10))
                .when(sell(PAPER_MILL, "s1", 94, 10))
                .expectEvents(refused(PAPER_MILL, "order", "s1", OUTSIDE_DAILY_PRICE_LIMIT, "today's limits are 95 to 115 fen/kg", userOf(PAPER_MILL)));
    }

    @Test
    void anOrderBelowTheMinimumQuantityIsRefused() {
        givenASellerAndABuyer()
                .andGivenCommands(rules(SO2_CHENGDU_2027, 50, null, 0, 10, REVIEWER))
                .when(buy(POWER_PLANT, "b1", 60, 9))
                .expectEvents(refused(POWER_PLANT, "order", "b1", BELOW_MINIMUM_QUANTITY, "the market's minimum order is 10 kg", userOf(POWER_PLANT)));
    }

    @Test
    void theRestOfAPartlyFilledOrderTradesEvenBelowTheMinimumQuantity() {
        givenASellerAndABuyer()
                .andGivenCommands(rules(SO2_CHENGDU_2027, 50, null, 0, 10, REVIEWER), sell(PAPER_MILL, "s1", 80, 15), buy(POWER_PLANT, "b1", 80, 10))
                .when(buy(POWER_PLANT, "b2", 80, 10))
                .expectEvents(placed(3, POWER_PLANT, "b2", Side.BUY, 80, 10), traded(2, POWER_PLANT, PAPER_MILL, 3, 1, Side.BUY, 80, 5));
    }

    @Test
    void newRulesCancelTheRestingOrdersTheyNoLongerAllowBidsFirstAndReleaseTheirReservations() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithFloor(50),
                        sell(PAPER_MILL, "s1", 105, 600), sell(PAPER_MILL, "s2", 120, 300),
                        buy(POWER_PLANT, "b1", 95, 100), buy(POWER_PLANT, "b2", 60, 100))
                .when(so2MarketWithLimits(50, 100, 10))
                .expectEvents(rulesSet(50, 100L, 10, 1),
                        cancelled(4, POWER_PLANT, Side.BUY, 60, 100, OrderCancellation.OUTSIDE_NEW_RULES, REVIEWER),
                        cancelled(2, PAPER_MILL, Side.SELL, 120, 300, OrderCancellation.OUTSIDE_NEW_RULES, REVIEWER))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, 1).holding(SO2_CHENGDU_2027)).isEqualTo(balance(400_000, 600_000));
                    assertThat(accountNumbered(ledger, 2).cash()).isEqualTo(balance(990_500, 9_500));
                });
    }

    @Test
    void aRaisedFloorCancelsTheRestingOrdersBelowIt() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithFloor(50), buy(POWER_PLANT, "b1", 60, 100))
                .when(so2MarketWithFloor(70))
                .expectEvents(rulesSet(70, null, 0, 1), cancelled(1, POWER_PLANT, Side.BUY, 60, 100, OrderCancellation.OUTSIDE_NEW_RULES, REVIEWER));
    }

    @Test
    void noTradeIsMadeOutsideTheDaysLimits() {
        givenASellerAndABuyer()
                .andGivenCommands(so2MarketWithFloor(50), sell(PAPER_MILL, "s1", 80, 600), so2MarketWithLimits(50, 100, 10))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(placed(2, POWER_PLANT, "b1", Side.BUY, 100, 400));
    }
}
