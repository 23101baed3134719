package org.ecoledger.trading.auction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.trading.auction.BidOutcome.BELOW_RESERVE;
import static org.ecoledger.trading.auction.BidOutcome.OUTBID;
import static org.ecoledger.trading.auction.BidOutcome.WON_IN_FULL;
import static org.ecoledger.trading.auction.BidOutcome.WON_IN_PART;

/** The clearing rule, run against each implementation. */
abstract class AuctionClearingContractTest {

    static final long ALICE = 101;
    static final long BOB = 202;
    static final long CAROL = 303;
    static final AuctionLot LOT = new AuctionLot(1_000, 2_000);

    abstract AuctionClearing clearing();

    @Test
    void theClearingPriceIsThePriceOfTheLowestWinningBidAndEveryWinnerPaysIt() {
        AuctionResult result = clearing().clear(LOT, List.of(
                new Bid(1, ALICE, 2_500, 600, 1),
                new Bid(2, BOB, 2_300, 600, 2),
                new Bid(3, CAROL, 2_100, 600, 3)));
        assertThat(result.clearingPrice()).isEqualTo(2_300);
        assertThat(result.soldQuantity()).isEqualTo(1_000);
        assertThat(result.awards()).containsExactly(
                new Award(1, ALICE, 600, 2_300, WON_IN_FULL),
                new Award(2, BOB, 400, 2_300, WON_IN_PART),
                new Award(3, CAROL, 0, 0, OUTBID));
        assertThat(result.awards().get(0).value()).isEqualTo(600L * 2_300);
    }

    @Test
    void tiesAtTheClearingPriceAreFilledInTimeOrder() {
        AuctionResult result = clearing().clear(LOT, List.of(
                new Bid(1, ALICE, 2_200, 500, 30),
                new Bid(2, BOB, 2_200, 400, 20),
                new Bid(3, CAROL, 2_400, 300, 40),
                new Bid(4, CAROL, 2_200, 100, 10)));
        assertThat(result.clearingPrice()).isEqualTo(2_200);
        assertThat(result.awards()).containsExactly(
                new Award(1, ALICE, 200, 2_200, WON_IN_PART),
                new Award(2, BOB, 400, 2_200, WON_IN_FULL),
                new Award(3, CAROL, 300, 2_200, WON_IN_FULL),
                new Award(4, CAROL, 100, 2_200, WON_IN_FULL));
    }

    @Test
    void bidsBelowTheReservePriceWinNothing() {
        AuctionResult result = clearing().clear(LOT, List.of(
                new Bid(1, ALICE, 1_999, 5_000, 1),
                new Bid(2, BOB, 2_000, 300, 2)));
        assertThat(result.awards()).containsExactly(
                new Award(1, ALICE, 0, 0, BELOW_RESERVE),
                new Award(2, BOB, 300, 2_000, WON_IN_FULL));
    }

    @Test
    void anUndersubscribedLotSellsEveryBidInFullAtTheLowestBidAndKeepsTheRest() {
        AuctionResult result = clearing().clear(LOT, List.of(
                new Bid(1, ALICE, 2_600, 300, 1),
                new Bid(2, BOB, 2_100, 200, 2)));
        assertThat(result.clearingPrice()).isEqualTo(2_100);
        assertThat(result.soldQuantity()).isEqualTo(500);
        assertThat(result.awards()).extracting(Award::outcome).containsOnly(WON_IN_FULL);
    }

    @Test
    void whenTheHigherBidsTakeTheWholeSupplyTheNextPriceIsOutbid() {
        AuctionResult result = clearing().clear(LOT, List.of(
                new Bid(1, ALICE, 2_600, 700, 1),
                new Bid(2, BOB, 2_500, 300, 2),
                new Bid(3, CAROL, 2_400, 300, 3)));
        assertThat(result.clearingPrice()).isEqualTo(2_500);
        assertThat(result.awards()).containsExactly(
                new Award(1, ALICE, 700, 2_500, WON_IN_FULL),
                new Award(2, BOB, 300, 2_500, WON_IN_FULL),
                new Award(3, CAROL, 0, 0, OUTBID));
    }

    @Test
    void anAuctionWithNoBidAtOrAboveTheReserveSellsNothing() {
        assertThat(clearing().clear(LOT, List.of(new Bid(1, ALICE, 1_000, 10, 1))))
                .isEqualTo(new AuctionResult(0, 0, List.of(new Award(1, ALICE, 0, 0, BELOW_RESERVE))));
        AuctionResult none = clearing().clear(LOT, List.of());
        assertThat(none.sold()).isFalse();
        assertThat(none.awards()).isEmpty();
    }

    @Test
    void malformedBidsAreRefused() {
        assertThatThrownBy(() -> clearing().clear(LOT, List.of(new Bid(1, ALICE, 2_000, 1, 1), new Bid(1, BOB, 2_000, 1, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clearing().clear(LOT, List.of(new Bid(1, ALICE, 2_000, 1, 1), new Bid(2, BOB, 2_000, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clearing().clear(LOT, List.of(new Bid(1, ALICE, 1, Long.MAX_VALUE, 1), new Bid(2, BOB, 1, 1, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bid(1, ALICE, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bid(1, ALICE, 3, Long.MAX_VALUE / 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuctionLot(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
