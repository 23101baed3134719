package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.command.LiftBuyingRestriction;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.AccountOpened;
import org.ecoledger.trading.api.BuyingRestricted;
import org.ecoledger.trading.api.BuyingRestrictionLifted;
import org.ecoledger.trading.api.OrderCancellation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.BUYING_RESTRICTED;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * A blacklisted enterprise may not buy until the restriction is lifted; it may still sell. Set and
 * lifted by an admin or by the platform on enforcement events. Auction bids and transfers of a
 * restricted buyer are in their own rule tests.
 */
class BuyingRestrictionRulesTest {

    private static final String BLACKLISTED = "enterprise blacklisted";

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    private static RestrictBuying restrict(EnterpriseId enterprise, Actor by) {
        return new RestrictBuying(SICHUAN, enterprise, BLACKLISTED, by, NOW);
    }

    private static LiftBuyingRestriction lift(EnterpriseId enterprise, Actor by) {
        return new LiftBuyingRestriction(SICHUAN, enterprise, "blacklisting lifted", by, NOW);
    }

    @Test
    void anAdminRestrictsAnEnterprisesBuying() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(restrict(POWER_PLANT, ADMIN))
                .expectEvents(new BuyingRestricted(SICHUAN, POWER_PLANT, BLACKLISTED, ADMIN, NOW));
    }

    @Test
    void thePlatformRestrictsBuyingWhenEnforcementBlacklistsTheEnterprise() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(restrict(POWER_PLANT, SYSTEM))
                .expectEvents(new BuyingRestricted(SICHUAN, POWER_PLANT, BLACKLISTED, SYSTEM, NOW));
    }

    @Test
    void aReviewerCannotRestrictBuying() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(restrict(POWER_PLANT, REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void restrictingARestrictedEnterpriseAgainRecordsNothing() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(restrict(POWER_PLANT, SYSTEM))
                .when(restrict(POWER_PLANT, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEnterpriseWithoutAnAccountIsRestrictedBeforeItsFirstDeposit() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(restrict(CEMENT_WORKS, SYSTEM))
                .expectEvents(new AccountOpened(SICHUAN, CEMENT_WORKS, 3, NOW), new BuyingRestricted(SICHUAN, CEMENT_WORKS, BLACKLISTED, SYSTEM, NOW));
    }

    @Test
    void anEnterpriseOutsideTheAreaIsNotRestrictedHere() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(restrict(OUTSIDER, ADMIN))
                .expectEvents(refused(OUTSIDER, "restriction", OUTSIDER.value(), OUTSIDE_TRADING_AREA, "the enterprise is outside this trading area", ADMIN));
    }

    @Test
    void aRestrictedEnterpriseCannotPlaceABuyOrder() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(sell(PAPER_MILL, "s1", 80, 600), restrict(POWER_PLANT, SYSTEM))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(refused(POWER_PLANT, "order", "b1", BUYING_RESTRICTED, "the enterprise may not buy", userOf(POWER_PLANT)))
                .expectState(ledger -> assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(1_000_000, 0)));
    }

    @Test
    void aRestrictedEnterpriseMaySellIntoARestingBuy() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(buy(POWER_PLANT, "b1", 100, 400), restrict(PAPER_MILL, SYSTEM))
                .when(sell(PAPER_MILL, "s1", 90, 600))
                .expectEvents(placed(2, PAPER_MILL, "s1", Side.SELL, 90, 600),
                        traded(1, POWER_PLANT, PAPER_MILL, 1, 2, Side.SELL, 100, 400));
    }

    @Test
    void aRestingBuyOfAnEnterpriseRestrictedSinceNoLongerTrades() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(buy(POWER_PLANT, "b1", 100, 400), restrict(POWER_PLANT, SYSTEM))
                .when(sell(PAPER_MILL, "s1", 90, 600))
                .expectEvents(placed(2, PAPER_MILL, "s1", Side.SELL, 90, 600));
    }

    @Test
    void restrictingAnEnterpriseCancelsItsRestingBuysAndReleasesTheirCash() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(buy(POWER_PLANT, "b1", 60, 100), buy(POWER_PLANT, "b2", 70, 200), sell(PAPER_MILL, "s1", 90, 100))
                .when(restrict(POWER_PLANT, SYSTEM))
                .expectEvents(new BuyingRestricted(SICHUAN, POWER_PLANT, BLACKLISTED, SYSTEM, NOW),
                        cancelled(1, POWER_PLANT, Side.BUY, 60, 100, OrderCancellation.BUYING_RESTRICTED, SYSTEM),
                        cancelled(2, POWER_PLANT, Side.BUY, 70, 200, OrderCancellation.BUYING_RESTRICTED, SYSTEM))
                .expectState(ledger -> assertThat(accountNumbered(ledger, BUYER_ACCOUNT).cash()).isEqualTo(balance(1_000_000, 0)));
    }

    @Test
    void theRestingSellsOfARestrictedEnterpriseStayInTheBookAndTrade() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(sell(PAPER_MILL, "s1", 90, 100), restrict(PAPER_MILL, SYSTEM))
                .when(buy(POWER_PLANT, "b1", 90, 100))
                .expectEvents(placed(2, POWER_PLANT, "b1", Side.BUY, 90, 100), traded(1, POWER_PLANT, PAPER_MILL, 2, 1, Side.BUY, 90, 100));
    }

    @Test
    void liftingTheRestrictionIsRecorded() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(restrict(POWER_PLANT, SYSTEM))
                .when(lift(POWER_PLANT, SYSTEM))
                .expectEvents(new BuyingRestrictionLifted(SICHUAN, POWER_PLANT, "blacklisting lifted", SYSTEM, NOW));
    }

    @Test
    void anEnterpriseWhoseRestrictionWasLiftedBuysAgain() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(restrict(POWER_PLANT, SYSTEM), lift(POWER_PLANT, ADMIN))
                .when(buy(POWER_PLANT, "b1", 100, 400))
                .expectEvents(placed(1, POWER_PLANT, "b1", Side.BUY, 100, 400));
    }

    @Test
    void liftingWhereNothingIsRestrictedRecordsNothing() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .when(lift(POWER_PLANT, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReviewerCannotLiftARestriction() {
        fixture.givenCommands(aMarketWithASellerAndABuyer())
                .andGivenCommands(restrict(POWER_PLANT, SYSTEM))
                .when(lift(POWER_PLANT, REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }
}
