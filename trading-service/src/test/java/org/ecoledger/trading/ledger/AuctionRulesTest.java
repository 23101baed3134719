package org.ecoledger.trading.ledger;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.TradingRefusalReason;
import org.ecoledger.common.trading.command.CloseAuction;
import org.ecoledger.common.trading.command.OpenAuction;
import org.ecoledger.common.trading.command.RestrictBuying;
import org.ecoledger.common.trading.command.StockReserve;
import org.ecoledger.common.trading.command.SubmitBid;
import org.ecoledger.common.trading.event.AuctionLotAwarded;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;
import org.ecoledger.support.web.NotFound;
import org.ecoledger.support.web.NotPermitted;
import org.ecoledger.trading.api.AuctionCleared;
import org.ecoledger.trading.api.AuctionOpened;
import org.ecoledger.trading.api.BidSubmitted;
import org.ecoledger.trading.api.TradingRequestRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.common.trading.TradingRefusalReason.AUCTION_NOT_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.AUCTION_STILL_OPEN;
import static org.ecoledger.common.trading.TradingRefusalReason.BELOW_RESERVE_PRICE;
import static org.ecoledger.common.trading.TradingRefusalReason.BUYING_RESTRICTED;
import static org.ecoledger.common.trading.TradingRefusalReason.DUPLICATE_REQUEST;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_CASH;
import static org.ecoledger.common.trading.TradingRefusalReason.INSUFFICIENT_RESERVE;
import static org.ecoledger.common.trading.TradingRefusalReason.OUTSIDE_TRADING_AREA;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * Reserve auctions: the bureau offers reserve rights, sealed bids come in from the opening until the closing time,
 * and the lot clears at one price for every winner, ties served in time order; awarded lots move
 * rights out of the reserve and cash into it, everything else goes back.
 */
class AuctionRulesTest {

    private static final AuctionId AUCTION = AuctionId.of("6f1e2d3c-4b5a-4987-8a6b-5c4d3e2f1a0b");
    private static final AuctionId ANOTHER_AUCTION = AuctionId.of("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final Instant BIDDING = NOW.plusSeconds(600);
    private static final Instant CLOSES = NOW.plusSeconds(3_600);
    private static final long DEPOSIT = 1_000_000;

    private AggregateTestFixture<TradingLedger> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TradingLedger.class);
    }

    /** The Chengdu reserve holds 1,000 kg; the power plant, paper mill and cement works (accounts 1, 2, 3) each hold cash. */
    private TestExecutor<TradingLedger> givenAStockedReserveAndThreeBidders() {
        return fixture.givenCommands(openSichuan(),
                new StockReserve(SICHUAN, StockingId.of("8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f"), SO2_CHENGDU_2027, Quantities.kilograms(1_000), REVIEWER, NOW),
                deposit(POWER_PLANT, DEPOSIT), deposit(PAPER_MILL, DEPOSIT), deposit(CEMENT_WORKS, DEPOSIT));
    }

    /** As above, with 1,000 kg at auction from now until an hour from now, at a reserve price of 50 fen/kg. */
    private TestExecutor<TradingLedger> givenAnOpenAuction() {
        return givenAStockedReserveAndThreeBidders().andGivenCommands(open(AUCTION, SO2_CHENGDU_2027, 1_000, REVIEWER));
    }

    private static OpenAuction open(AuctionId auction, QuotaClass quotaClass, long kilograms, Actor by) {
        return new OpenAuction(SICHUAN, auction, quotaClass, Quantities.kilograms(kilograms), Price.ofFenPerKilogram(50), null, CLOSES, by, NOW);
    }

    private static OpenAuction openingAt(Instant opensAt, Instant closesAt) {
        return new OpenAuction(SICHUAN, AUCTION, SO2_CHENGDU_2027, Quantities.kilograms(1_000), Price.ofFenPerKilogram(50), opensAt, closesAt, REVIEWER,
                NOW);
    }

    private static AuctionOpened opened(Instant opensAt) {
        return new AuctionOpened(SICHUAN, AUCTION, SO2_CHENGDU_2027, Quantities.kilograms(1_000), Price.ofFenPerKilogram(50), opensAt, CLOSES,
                REVIEWER, NOW);
    }

    private static SubmitBid bid(EnterpriseId bidder, long price, long kilograms, Instant at) {
        return new SubmitBid(SICHUAN, AUCTION, bidder, Price.ofFenPerKilogram(price), Quantities.kilograms(kilograms), userOf(bidder), at);
    }

    private static SubmitBid bid(EnterpriseId bidder, long price, long kilograms) {
        return bid(bidder, price, kilograms, BIDDING);
    }

    private static CloseAuction close(Actor by, Instant at) {
        return new CloseAuction(SICHUAN, AUCTION, by, at);
    }

    private static CloseAuction close() {
        return close(REVIEWER, CLOSES);
    }

    private static AuctionCleared cleared(Long price, long soldKilograms, long unsoldKilograms) {
        return new AuctionCleared(SICHUAN, AUCTION, SO2_CHENGDU_2027, price == null ? null : Price.ofFenPerKilogram(price),
                Quantities.kilogramsOrZero(soldKilograms), Quantities.kilogramsOrZero(unsoldKilograms), REVIEWER, CLOSES);
    }

    private static AuctionLotAwarded awarded(EnterpriseId winner, long kilograms, long price) {
        return new AuctionLotAwarded(SICHUAN, AUCTION, winner, SO2_CHENGDU_2027, Quantities.kilograms(kilograms), Price.ofFenPerKilogram(price),
                Money.ofFen(price * kilograms), CLOSES);
    }

    private static TradingRequestRefused bidRefused(EnterpriseId bidder, TradingRefusalReason reason, String detail, Instant at) {
        return new TradingRequestRefused(SICHUAN, bidder, "bid", AUCTION.value(), reason, detail, userOf(bidder), at);
    }

    @Test
    void theBureauAuctionsRightsHeldInTheReserveAndHoldsThemForTheAuction() {
        givenAStockedReserveAndThreeBidders()
                .when(open(AUCTION, SO2_CHENGDU_2027, 1_000, REVIEWER))
                .expectEvents(opened(NOW))
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(0, 1_000_000)));
    }

    @Test
    void anAuctionCannotOfferMoreThanTheReserveHoldsAvailable() {
        givenAStockedReserveAndThreeBidders()
                .when(open(AUCTION, SO2_CHENGDU_2027, 1_001, REVIEWER))
                .expectEvents(refused(null, "auction", AUCTION.value(), INSUFFICIENT_RESERVE, "the reserve does not hold 1.001 t available", REVIEWER));
    }

    @Test
    void rightsOnOfferAtOneAuctionAreNotOfferedAtAnother() {
        givenAnOpenAuction()
                .when(open(ANOTHER_AUCTION, SO2_CHENGDU_2027, 1, REVIEWER))
                .expectEvents(refused(null, "auction", ANOTHER_AUCTION.value(), INSUFFICIENT_RESERVE, "the reserve does not hold 0.001 t available",
                        REVIEWER));
    }

    @Test
    void anAuctionIsOpenedOnce() {
        givenAnOpenAuction()
                .when(open(AUCTION, SO2_CHENGDU_2027, 1_000, REVIEWER))
                .expectEvents(refused(null, "auction", AUCTION.value(), DUPLICATE_REQUEST, "this auction was opened already", REVIEWER));
    }

    @Test
    void onlyTheBureauOfTheRightsRegionOpensAnAuction() {
        givenAStockedReserveAndThreeBidders()
                .when(open(AUCTION, SO2_CHENGDU_2027, 1_000, MIANYANG_REVIEWER))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void rightsOutsideTheAreaAreNotAuctionedHere() {
        givenAStockedReserveAndThreeBidders()
                .when(open(AUCTION, SO2_SHENZHEN_2027, 1_000, ADMIN))
                .expectEvents(refused(null, "auction", AUCTION.value(), OUTSIDE_TRADING_AREA, "the rights are outside this trading area", ADMIN));
    }

    @Test
    void anAuctionClosesAfterItOpens() {
        givenAStockedReserveAndThreeBidders()
                .when(openingAt(null, NOW))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theBureauAnnouncesAnAuctionThatOpensLater() {
        givenAStockedReserveAndThreeBidders()
                .when(openingAt(BIDDING, CLOSES))
                .expectEvents(opened(BIDDING));
    }

    @Test
    void anAuctionAnnouncedToOpenInThePastOpensWhenItIsOffered() {
        givenAStockedReserveAndThreeBidders()
                .when(openingAt(NOW.minusSeconds(3_600), CLOSES))
                .expectEvents(opened(NOW));
    }

    @Test
    void anAuctionClosesAfterItsOpeningTime() {
        givenAStockedReserveAndThreeBidders()
                .when(openingAt(CLOSES, CLOSES))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aBidBeforeTheOpeningTimeIsRefused() {
        Instant early = BIDDING.minusSeconds(1);
        givenAStockedReserveAndThreeBidders()
                .andGivenCommands(openingAt(BIDDING, CLOSES))
                .when(bid(POWER_PLANT, 60, 300, early))
                .expectEvents(bidRefused(POWER_PLANT, AUCTION_NOT_OPEN, "the auction takes no bids now", early))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(DEPOSIT, 0)));
    }

    @Test
    void aBidAtTheOpeningTimeIsTaken() {
        givenAStockedReserveAndThreeBidders()
                .andGivenCommands(openingAt(BIDDING, CLOSES))
                .when(bid(POWER_PLANT, 60, 300, BIDDING))
                .expectEvents(new BidSubmitted(SICHUAN, AUCTION, 1, POWER_PLANT, Price.ofFenPerKilogram(60), Quantities.kilograms(300),
                        userOf(POWER_PLANT), BIDDING));
    }

    @Test
    void aBidStampedBeforeTheAuctionWasOfferedIsRefused() {
        Instant beforeTheOffer = NOW.minusSeconds(1);
        givenAnOpenAuction()
                .when(bid(POWER_PLANT, 60, 300, beforeTheOffer))
                .expectEvents(bidRefused(POWER_PLANT, AUCTION_NOT_OPEN, "the auction takes no bids now", beforeTheOffer));
    }

    @Test
    void anAuctionRecordedBeforeAuctionsHadAnOpeningTimeTakesBidsFromWhenItWasOffered() {
        AuctionOpened recordedEarlier = storedWithout("opensAt", opened(NOW));
        assertThat(recordedEarlier.opensAt()).isNull();
        Instant beforeTheOffer = NOW.minusSeconds(1);
        givenAStockedReserveAndThreeBidders()
                .andGiven(recordedEarlier)
                .when(bid(POWER_PLANT, 60, 300, beforeTheOffer))
                .expectEvents(bidRefused(POWER_PLANT, AUCTION_NOT_OPEN, "the auction takes no bids now", beforeTheOffer));
    }

    @Test
    void anAuctionRecordedBeforeAuctionsHadAnOpeningTimeTakesBidsInItsWindow() {
        givenAStockedReserveAndThreeBidders()
                .andGiven(storedWithout("opensAt", opened(NOW)))
                .when(bid(POWER_PLANT, 60, 300))
                .expectEvents(new BidSubmitted(SICHUAN, AUCTION, 1, POWER_PLANT, Price.ofFenPerKilogram(60), Quantities.kilograms(300),
                        userOf(POWER_PLANT), BIDDING));
    }

    @Test
    void anAuctionInALedgerSnapshottedBeforeOpeningTimesTakesBidsUntilItCloses() {
        Auction snapshotted = storedWithout("opensAt", new Auction(SO2_CHENGDU_2027, 1_000, 50, BIDDING, CLOSES, true, List.of()));
        assertThat(snapshotted.opensAt()).isNull();
        assertThat(snapshotted.takesBidsAt(NOW)).isTrue();
        assertThat(snapshotted.takesBidsAt(CLOSES)).isFalse();
    }

    @Test
    void aSealedBidInTheWindowHoldsItsPriceTimesQuantityOfCash() {
        givenAnOpenAuction()
                .when(bid(POWER_PLANT, 60, 300))
                .expectEvents(new BidSubmitted(SICHUAN, AUCTION, 1, POWER_PLANT, Price.ofFenPerKilogram(60), Quantities.kilograms(300),
                        userOf(POWER_PLANT), BIDDING))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(DEPOSIT - 18_000, 18_000)));
    }

    @Test
    void aBidAtTheClosingTimeIsRefused() {
        givenAnOpenAuction()
                .when(bid(POWER_PLANT, 60, 300, CLOSES))
                .expectEvents(bidRefused(POWER_PLANT, AUCTION_NOT_OPEN, "the auction takes no bids now", CLOSES));
    }

    @Test
    void aBidAfterTheAuctionClearedIsRefused() {
        givenAnOpenAuction()
                .andGivenCommands(close())
                .when(bid(POWER_PLANT, 60, 300))
                .expectEvents(bidRefused(POWER_PLANT, AUCTION_NOT_OPEN, "the auction takes no bids now", BIDDING));
    }

    @Test
    void aBidForAnAuctionNeverOpenedIsRefused() {
        givenAStockedReserveAndThreeBidders()
                .when(bid(POWER_PLANT, 60, 300))
                .expectEvents(bidRefused(POWER_PLANT, AUCTION_NOT_OPEN, "the auction takes no bids now", BIDDING));
    }

    @Test
    void aBidBelowTheReservePriceIsRefused() {
        givenAnOpenAuction()
                .when(bid(POWER_PLANT, 49, 300))
                .expectEvents(bidRefused(POWER_PLANT, BELOW_RESERVE_PRICE, "the reserve price is 50 fen/kg", BIDDING));
    }

    @Test
    void aBidBeyondTheAvailableCashIsRefused() {
        givenAnOpenAuction()
                .when(bid(POWER_PLANT, 1_001, 1_000))
                .expectEvents(bidRefused(POWER_PLANT, INSUFFICIENT_CASH, "the bid needs 1001000 fen of available cash", BIDDING));
    }

    @Test
    void aBidderOutsideTheAreaIsRefused() {
        givenAnOpenAuction()
                .when(bid(OUTSIDER, 60, 300))
                .expectEvents(bidRefused(OUTSIDER, OUTSIDE_TRADING_AREA, "the enterprise is registered outside this trading area", BIDDING));
    }

    @Test
    void aRestrictedEnterpriseCannotBid() {
        givenAnOpenAuction()
                .andGivenCommands(new RestrictBuying(SICHUAN, POWER_PLANT, "enterprise blacklisted", SYSTEM, NOW))
                .when(bid(POWER_PLANT, 60, 300))
                .expectEvents(bidRefused(POWER_PLANT, BUYING_RESTRICTED, "the enterprise may not buy", BIDDING));
    }

    @Test
    void anEnterpriseBidsOnlyForItself() {
        givenAnOpenAuction()
                .when(new SubmitBid(SICHUAN, AUCTION, POWER_PLANT, Price.ofFenPerKilogram(60), Quantities.kilograms(300), userOf(PAPER_MILL), BIDDING))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void anAuctionDoesNotCloseBeforeItsClosingTime() {
        Instant early = CLOSES.minusSeconds(1);
        givenAnOpenAuction()
                .when(close(REVIEWER, early))
                .expectEvents(new TradingRequestRefused(SICHUAN, null, "auction-close", AUCTION.value(), AUCTION_STILL_OPEN,
                        "bids are open until 2027-03-01T03:00:00Z", REVIEWER, early));
    }

    @Test
    void anAuctionClosesOnce() {
        givenAnOpenAuction()
                .andGivenCommands(close())
                .when(close())
                .expectEvents(new TradingRequestRefused(SICHUAN, null, "auction-close", AUCTION.value(), AUCTION_NOT_OPEN,
                        "the auction is closed already", REVIEWER, CLOSES));
    }

    @Test
    void anAuctionNeverOpenedCannotBeClosed() {
        givenAStockedReserveAndThreeBidders()
                .when(close())
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheBureauClosesAnAuction() {
        givenAnOpenAuction()
                .when(close(userOf(POWER_PLANT), CLOSES))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    @Test
    void everyWinnerPaysTheOneClearingPriceOfTheLowestWinningBid() {
        givenAnOpenAuction()
                .andGivenCommands(bid(POWER_PLANT, 70, 600), bid(PAPER_MILL, 60, 300), bid(CEMENT_WORKS, 55, 400))
                .when(close())
                .expectEvents(cleared(55L, 1_000, 0), awarded(POWER_PLANT, 600, 55), awarded(PAPER_MILL, 300, 55), awarded(CEMENT_WORKS, 100, 55));
    }

    @Test
    void bidsAtTheClearingPriceAreServedInTheOrderTheyCameIn() {
        givenAnOpenAuction()
                .andGivenCommands(bid(POWER_PLANT, 60, 600), bid(CEMENT_WORKS, 55, 300), bid(PAPER_MILL, 55, 300))
                .when(close())
                .expectEvents(cleared(55L, 1_000, 0), awarded(POWER_PLANT, 600, 55), awarded(CEMENT_WORKS, 300, 55), awarded(PAPER_MILL, 100, 55));
    }

    @Test
    void awardedLotsMoveRightsOutOfTheReserveAndCashIntoItAndLosingBidsGetTheirCashBack() {
        givenAnOpenAuction()
                .andGivenCommands(bid(POWER_PLANT, 70, 1_000), bid(PAPER_MILL, 60, 500))
                .when(close())
                .expectEvents(cleared(70L, 1_000, 0), awarded(POWER_PLANT, 1_000, 70))
                .expectState(ledger -> {
                    assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(DEPOSIT - 70_000, 0));
                    assertThat(accountNumbered(ledger, 1).holding(SO2_CHENGDU_2027)).isEqualTo(balance(1_000_000, 0));
                    assertThat(accountNumbered(ledger, 2).cash()).isEqualTo(balance(DEPOSIT, 0));
                    assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(0, 0));
                    assertThat(onlyReserve(ledger).cash()).isEqualTo(balance(70_000, 0));
                });
    }

    @Test
    void rightsNotSoldGoBackToTheReserve() {
        givenAnOpenAuction()
                .andGivenCommands(bid(POWER_PLANT, 60, 300))
                .when(close())
                .expectEvents(cleared(60L, 300, 700), awarded(POWER_PLANT, 300, 60))
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(700_000, 0)));
    }

    @Test
    void anAuctionWithoutBidsSellsNothing() {
        givenAnOpenAuction()
                .when(close())
                .expectEvents(cleared(null, 0, 1_000))
                .expectState(ledger -> assertThat(onlyReserve(ledger).holding(SO2_CHENGDU_2027)).isEqualTo(balance(1_000_000, 0)));
    }

    @Test
    void aBidderRestrictedBeforeTheAuctionClosesWinsNothingAndGetsItsCashBack() {
        givenAnOpenAuction()
                .andGivenCommands(bid(POWER_PLANT, 70, 600), bid(PAPER_MILL, 60, 600),
                        new RestrictBuying(SICHUAN, POWER_PLANT, "enterprise blacklisted", SYSTEM, BIDDING))
                .when(close())
                .expectEvents(cleared(60L, 600, 400), awarded(PAPER_MILL, 600, 60))
                .expectState(ledger -> assertThat(accountNumbered(ledger, 1).cash()).isEqualTo(balance(DEPOSIT, 0)));
    }
}
