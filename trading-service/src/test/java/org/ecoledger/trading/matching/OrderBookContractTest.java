package org.ecoledger.trading.matching;

import org.ecoledger.trading.matching.BookEvent.Accepted;
import org.ecoledger.trading.matching.BookEvent.Cancelled;
import org.ecoledger.trading.matching.BookEvent.Rejected;
import org.ecoledger.trading.matching.BookEvent.Rested;
import org.ecoledger.trading.matching.BookEvent.Trade;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecoledger.trading.matching.Side.BUY;
import static org.ecoledger.trading.matching.Side.SELL;

/**
 * The rules of {@link OrderBook}, run against each implementation (exchange-core's
 * OrderBookBaseTest idea). Every step checks the implementation's internal invariants.
 */
abstract class OrderBookContractTest {

    static final long ALICE = 101;
    static final long BOB = 202;
    static final long CAROL = 303;
    static final long DAVE = 404;
    static final long FLOOR = 1_000;
    static final MarketRules RULES = MarketRules.withFloor(FLOOR);

    private OrderBook book;

    abstract Implementation implementation();

    private OrderBook newBook(MarketRules rules) {
        return implementation().open(rules);
    }

    private OrderBook restore(BookSnapshot snapshot) {
        return implementation().restore(snapshot);
    }

    @BeforeEach
    void openMarket() {
        book = newBook(RULES);
    }

    @Test
    void anOrderThatMeetsNothingRestsAtItsLimitPrice() {
        assertThat(place(1, ALICE, BUY, 2_000, 50)).containsExactly(
                new Accepted(1, ALICE, BUY, 2_000, 50),
                new Rested(1, ALICE, BUY, 2_000, 50));
        assertThat(book.bestBid()).hasValue(2_000);
        assertThat(book.bestAsk()).isEmpty();
        assertThat(book.remainingQuantity(1)).isEqualTo(50);
        assertThat(book.restingOrder(1)).contains(new RestingOrder(1, ALICE, BUY, 2_000, 50));
        assertThat(book.lastOrderId()).isEqualTo(1);
    }

    @Test
    void aBuyAtOrAboveTheBestAskTradesAtTheAsksPrice() {
        place(1, ALICE, SELL, 2_000, 50);
        assertThat(place(2, BOB, BUY, 2_100, 50)).containsExactly(
                new Accepted(2, BOB, BUY, 2_100, 50),
                new Trade(2, 1, BOB, ALICE, 2_000, 50, BUY, 0));
        assertThat(book.restingOrderCount()).isZero();
        assertThat(book.remainingQuantity(1)).isZero();
    }

    @Test
    void aSellAtOrBelowTheBestBidTradesAtTheBidsPrice() {
        place(1, ALICE, BUY, 2_000, 50);
        assertThat(place(2, BOB, SELL, 2_000, 20)).containsExactly(
                new Accepted(2, BOB, SELL, 2_000, 20),
                new Trade(2, 1, BOB, ALICE, 2_000, 20, SELL, 30));
        assertThat(place(3, CAROL, SELL, 1_500, 10)).containsExactly(
                new Accepted(3, CAROL, SELL, 1_500, 10),
                new Trade(3, 1, CAROL, ALICE, 2_000, 10, SELL, 20));
        assertThat(book.remainingQuantity(1)).isEqualTo(20);
    }

    @Test
    void aBuyBelowTheBestAskDoesNotTrade() {
        place(1, ALICE, SELL, 2_000, 50);
        assertThat(place(2, BOB, BUY, 1_999, 50)).containsExactly(
                new Accepted(2, BOB, BUY, 1_999, 50),
                new Rested(2, BOB, BUY, 1_999, 50));
        assertThat(book.bestBid()).hasValue(1_999);
        assertThat(book.bestAsk()).hasValue(2_000);
    }

    @Test
    void ordersAtOnePriceFillInTimeOrder() {
        place(1, ALICE, SELL, 2_000, 10);
        place(2, BOB, SELL, 2_000, 10);
        place(3, ALICE, SELL, 2_000, 10);
        assertThat(place(4, CAROL, BUY, 2_000, 25)).containsExactly(
                new Accepted(4, CAROL, BUY, 2_000, 25),
                new Trade(4, 1, CAROL, ALICE, 2_000, 10, BUY, 0),
                new Trade(4, 2, CAROL, BOB, 2_000, 10, BUY, 0),
                new Trade(4, 3, CAROL, ALICE, 2_000, 5, BUY, 5));
    }

    @Test
    void aBetterPriceFillsBeforeAnEarlierOrderAtAWorsePrice() {
        place(1, ALICE, BUY, 1_900, 10);
        place(2, BOB, BUY, 2_000, 10);
        assertThat(place(3, CAROL, SELL, 1_800, 15)).containsExactly(
                new Accepted(3, CAROL, SELL, 1_800, 15),
                new Trade(3, 2, CAROL, BOB, 2_000, 10, SELL, 0),
                new Trade(3, 1, CAROL, ALICE, 1_900, 5, SELL, 5));
    }

    @Test
    void anIncomingOrderSweepsSeveralPricesUpToItsLimitAndRestsTheRest() {
        place(1, ALICE, SELL, 2_000, 10);
        place(2, ALICE, SELL, 2_010, 10);
        place(3, ALICE, SELL, 2_020, 10);
        assertThat(place(4, BOB, BUY, 2_010, 30)).containsExactly(
                new Accepted(4, BOB, BUY, 2_010, 30),
                new Trade(4, 1, BOB, ALICE, 2_000, 10, BUY, 0),
                new Trade(4, 2, BOB, ALICE, 2_010, 10, BUY, 0),
                new Rested(4, BOB, BUY, 2_010, 10));
        assertThat(book.bestBid()).hasValue(2_010);
        assertThat(book.bestAsk()).hasValue(2_020);
    }

    @Test
    void aPartlyFilledMakerKeepsItsPlaceInTheQueue() {
        place(1, ALICE, SELL, 2_000, 10);
        place(2, BOB, SELL, 2_000, 10);
        place(3, CAROL, BUY, 2_000, 4);
        assertThat(place(4, CAROL, BUY, 2_000, 8)).containsExactly(
                new Accepted(4, CAROL, BUY, 2_000, 8),
                new Trade(4, 1, CAROL, ALICE, 2_000, 6, BUY, 0),
                new Trade(4, 2, CAROL, BOB, 2_000, 2, BUY, 8));
    }

    @Test
    void aNewOrderQueuesBehindTheOrdersAlreadyAtItsPrice() {
        place(1, ALICE, BUY, 2_000, 10);
        place(2, BOB, BUY, 2_000, 10);
        book.cancel(1, ALICE, new RecordingSink());
        place(3, ALICE, BUY, 2_000, 10);
        assertThat(place(4, CAROL, SELL, 2_000, 15)).containsExactly(
                new Accepted(4, CAROL, SELL, 2_000, 15),
                new Trade(4, 2, CAROL, BOB, 2_000, 10, SELL, 0),
                new Trade(4, 3, CAROL, ALICE, 2_000, 5, SELL, 5));
    }

    @Test
    void anOrderBelowTheFloorIsRejected() {
        assertThat(place(1, ALICE, SELL, FLOOR - 1, 10)).containsExactly(new Rejected(1, ALICE, RejectionReason.BELOW_FLOOR));
        assertThat(place(2, ALICE, BUY, FLOOR - 1, 10)).containsExactly(new Rejected(2, ALICE, RejectionReason.BELOW_FLOOR));
        assertThat(place(3, ALICE, SELL, FLOOR, 10)).startsWith(new Accepted(3, ALICE, SELL, FLOOR, 10));
        assertThat(book.restingOrderCount()).isOne();
    }

    @Test
    void anOrderOutsideTheDailyLimitsIsRejected() {
        book = newBook(RULES.withDailyLimits(PriceBand.around(2_000, 10)));
        assertThat(place(1, ALICE, SELL, 1_799, 10)).containsExactly(new Rejected(1, ALICE, RejectionReason.OUTSIDE_DAILY_LIMIT));
        assertThat(place(2, ALICE, BUY, 2_201, 10)).containsExactly(new Rejected(2, ALICE, RejectionReason.OUTSIDE_DAILY_LIMIT));
        assertThat(place(3, ALICE, SELL, 1_800, 10)).startsWith(new Accepted(3, ALICE, SELL, 1_800, 10));
        assertThat(place(4, BOB, BUY, 2_200, 10)).startsWith(new Accepted(4, BOB, BUY, 2_200, 10));
    }

    @Test
    void theFloorIsCheckedBeforeTheDailyLimits() {
        book = newBook(RULES.withDailyLimits(new PriceBand(1_200, 1_500)));
        assertThat(place(1, ALICE, SELL, 900, 10)).containsExactly(new Rejected(1, ALICE, RejectionReason.BELOW_FLOOR));
        assertThat(place(2, ALICE, SELL, 1_100, 10)).containsExactly(new Rejected(2, ALICE, RejectionReason.OUTSIDE_DAILY_LIMIT));
    }

    @Test
    void anOrderBelowTheMinimumQuantityIsRejectedButARestBelowItStillRests() {
        book = newBook(RULES.withMinQuantity(100));
        assertThat(place(1, ALICE, SELL, 2_000, 99)).containsExactly(new Rejected(1, ALICE, RejectionReason.BELOW_MIN_QUANTITY));
        place(2, ALICE, SELL, 2_000, 100);
        assertThat(place(3, BOB, BUY, 2_000, 150)).containsExactly(
                new Accepted(3, BOB, BUY, 2_000, 150),
                new Trade(3, 2, BOB, ALICE, 2_000, 100, BUY, 0),
                new Rested(3, BOB, BUY, 2_000, 50));
    }

    @Test
    void aRestingOrdersIdCannotBeUsedAgain() {
        place(5, ALICE, BUY, 2_000, 10);
        assertThat(place(5, BOB, SELL, 3_000, 10)).containsExactly(new Rejected(5, BOB, RejectionReason.DUPLICATE_ORDER_ID));
        assertThat(book.restingOrderCount()).isOne();
    }

    @Test
    void anOrderIdNotAboveTheLastAcceptedOneIsRejected() {
        place(5, ALICE, SELL, 2_000, 10);
        place(6, BOB, BUY, 2_000, 10);
        assertThat(place(6, CAROL, BUY, 2_000, 10)).containsExactly(new Rejected(6, CAROL, RejectionReason.ORDER_ID_NOT_INCREASING));
        assertThat(place(3, CAROL, BUY, 2_000, 10)).containsExactly(new Rejected(3, CAROL, RejectionReason.ORDER_ID_NOT_INCREASING));
        assertThat(book.lastOrderId()).isEqualTo(6);
    }

    @Test
    void anIdRejectedByAMarketRuleIsNotUsedUp() {
        place(1, ALICE, SELL, 2_000, 10);
        assertThat(place(2, BOB, BUY, FLOOR - 1, 10)).containsExactly(new Rejected(2, BOB, RejectionReason.BELOW_FLOOR));
        assertThat(book.lastOrderId()).isEqualTo(1);
        assertThat(place(2, BOB, BUY, 2_000, 10)).startsWith(new Accepted(2, BOB, BUY, 2_000, 10));
    }

    @Test
    void anOrderNeverTradesWithItsOwnersRestingOrder() {
        place(1, ALICE, SELL, 2_000, 10);
        assertThat(place(2, ALICE, BUY, 2_000, 10)).containsExactly(
                new Accepted(2, ALICE, BUY, 2_000, 10),
                new Cancelled(1, ALICE, SELL, 2_000, 10, CancelCause.SELF_TRADE_PREVENTION),
                new Rested(2, ALICE, BUY, 2_000, 10));
        assertThat(book.bestAsk()).isEmpty();
        assertThat(book.bestBid()).hasValue(2_000);
    }

    @Test
    void selfTradePreventionCancelsTheOwnersOrdersInTheWayAndTradesWithEveryoneElse() {
        place(1, BOB, SELL, 2_000, 10);
        place(2, ALICE, SELL, 2_000, 10);
        place(3, CAROL, SELL, 2_000, 10);
        place(4, ALICE, SELL, 2_010, 10);
        place(5, BOB, SELL, 2_010, 10);
        assertThat(place(6, ALICE, BUY, 2_010, 25)).containsExactly(
                new Accepted(6, ALICE, BUY, 2_010, 25),
                new Trade(6, 1, ALICE, BOB, 2_000, 10, BUY, 0),
                new Cancelled(2, ALICE, SELL, 2_000, 10, CancelCause.SELF_TRADE_PREVENTION),
                new Trade(6, 3, ALICE, CAROL, 2_000, 10, BUY, 0),
                new Cancelled(4, ALICE, SELL, 2_010, 10, CancelCause.SELF_TRADE_PREVENTION),
                new Trade(6, 5, ALICE, BOB, 2_010, 5, BUY, 5));
    }

    @Test
    void selfTradePreventionLeavesTheOwnersOrdersBeyondTheLimitAlone() {
        place(1, ALICE, SELL, 2_000, 10);
        place(2, ALICE, SELL, 2_100, 10);
        place(3, ALICE, BUY, 2_050, 10);
        assertThat(book.restingOrder(2)).contains(new RestingOrder(2, ALICE, SELL, 2_100, 10));
        assertThat(book.restingOrder(1)).isEmpty();
    }

    @Test
    void theOwnerCancelsTheRestOfARestingOrder() {
        place(1, ALICE, SELL, 2_000, 30);
        place(2, BOB, BUY, 2_000, 10);
        assertThat(cancel(1, ALICE)).containsExactly(new Cancelled(1, ALICE, SELL, 2_000, 20, CancelCause.OWNER_REQUEST));
        assertThat(book.restingOrderCount()).isZero();
        assertThat(book.bestAsk()).isEmpty();
    }

    @Test
    void cancellingAnOrderThatDoesNotRestIsRejected() {
        place(1, ALICE, SELL, 2_000, 10);
        place(2, BOB, BUY, 2_000, 10);
        assertThat(cancel(1, ALICE)).containsExactly(new Rejected(1, ALICE, RejectionReason.UNKNOWN_ORDER));
        assertThat(cancel(7, ALICE)).containsExactly(new Rejected(7, ALICE, RejectionReason.UNKNOWN_ORDER));
        assertThat(cancel(0, ALICE)).containsExactly(new Rejected(0, ALICE, RejectionReason.UNKNOWN_ORDER));
        place(3, ALICE, SELL, 2_000, 10);
        cancel(3, ALICE);
        assertThat(cancel(3, ALICE)).containsExactly(new Rejected(3, ALICE, RejectionReason.UNKNOWN_ORDER));
    }

    @Test
    void onlyTheOwnerCanCancelAnOrder() {
        place(1, ALICE, SELL, 2_000, 10);
        assertThat(cancel(1, BOB)).containsExactly(new Rejected(1, BOB, RejectionReason.NOT_OWNER));
        assertThat(book.remainingQuantity(1)).isEqualTo(10);
    }

    @Test
    void newDailyLimitsCancelTheRestingOrdersTheyNoLongerAllowInPriorityOrder() {
        place(1, ALICE, BUY, 1_700, 10);
        place(2, BOB, BUY, 1_900, 10);
        place(3, ALICE, BUY, 1_750, 10);
        place(4, CAROL, SELL, 2_400, 10);
        place(5, CAROL, SELL, 2_100, 10);
        place(6, BOB, SELL, 2_400, 10);
        RecordingSink sink = new RecordingSink();
        book.changeRules(RULES.withDailyLimits(PriceBand.around(2_000, 10)), sink);
        book.checkInvariants();
        assertThat(sink.events()).containsExactly(
                new Cancelled(3, ALICE, BUY, 1_750, 10, CancelCause.OUTSIDE_NEW_RULES),
                new Cancelled(1, ALICE, BUY, 1_700, 10, CancelCause.OUTSIDE_NEW_RULES),
                new Cancelled(4, CAROL, SELL, 2_400, 10, CancelCause.OUTSIDE_NEW_RULES),
                new Cancelled(6, BOB, SELL, 2_400, 10, CancelCause.OUTSIDE_NEW_RULES));
        assertThat(book.rules().dailyLimits()).isEqualTo(new PriceBand(1_800, 2_200));
        assertThat(book.bestBid()).hasValue(1_900);
        assertThat(book.bestAsk()).hasValue(2_100);
    }

    @Test
    void aRaisedFloorCancelsTheOrdersBelowIt() {
        place(1, ALICE, SELL, 1_100, 10);
        place(2, ALICE, SELL, 1_300, 10);
        place(3, BOB, BUY, 1_050, 10);
        RecordingSink sink = new RecordingSink();
        book.changeRules(MarketRules.withFloor(1_200), sink);
        book.checkInvariants();
        assertThat(sink.events()).containsExactly(
                new Cancelled(3, BOB, BUY, 1_050, 10, CancelCause.OUTSIDE_NEW_RULES),
                new Cancelled(1, ALICE, SELL, 1_100, 10, CancelCause.OUTSIDE_NEW_RULES));
        assertThat(place(4, BOB, BUY, 1_100, 10)).containsExactly(new Rejected(4, BOB, RejectionReason.BELOW_FLOOR));
    }

    @Test
    void depthListsTheBestPricesFirstWithTheirTotals() {
        place(1, ALICE, BUY, 1_900, 10);
        place(2, BOB, BUY, 2_000, 5);
        place(3, CAROL, BUY, 1_900, 7);
        place(4, ALICE, BUY, 1_800, 1);
        place(5, BOB, SELL, 2_100, 3);
        place(6, CAROL, SELL, 2_050, 4);
        assertThat(book.depth(BUY, 2)).containsExactly(new PriceLevel(2_000, 5, 1), new PriceLevel(1_900, 17, 2));
        assertThat(book.depth(BUY, 10)).hasSize(3);
        assertThat(book.depth(SELL, 10)).containsExactly(new PriceLevel(2_050, 4, 1), new PriceLevel(2_100, 3, 1));
        place(7, DAVE, SELL, 1_900, 12);
        assertThat(book.depth(BUY, 10)).containsExactly(new PriceLevel(1_900, 10, 2), new PriceLevel(1_800, 1, 1));
    }

    @Test
    void theSnapshotListsTheRestingOrdersInPriorityOrder() {
        place(1, ALICE, SELL, 2_100, 10);
        place(2, BOB, BUY, 1_900, 10);
        place(3, CAROL, BUY, 2_000, 10);
        place(4, ALICE, SELL, 2_050, 10);
        place(5, BOB, BUY, 1_900, 10);
        place(6, CAROL, SELL, 2_100, 10);
        place(7, BOB, SELL, 1_990, 4);
        assertThat(book.snapshot()).isEqualTo(new BookSnapshot(RULES, 7, List.of(
                new RestingOrder(3, CAROL, BUY, 2_000, 6),
                new RestingOrder(2, BOB, BUY, 1_900, 10),
                new RestingOrder(5, BOB, BUY, 1_900, 10),
                new RestingOrder(4, ALICE, SELL, 2_050, 10),
                new RestingOrder(1, ALICE, SELL, 2_100, 10),
                new RestingOrder(6, CAROL, SELL, 2_100, 10))));
    }

    @Test
    void aBookRestoredFromItsSnapshotGoesOnAsTheOriginal() {
        place(1, ALICE, SELL, 2_100, 10);
        place(2, BOB, SELL, 2_100, 10);
        place(3, CAROL, BUY, 2_000, 10);
        OrderBook restored = restore(book.snapshot());
        restored.checkInvariants();
        assertThat(restored.snapshot()).isEqualTo(book.snapshot());

        RecordingSink original = new RecordingSink();
        RecordingSink copy = new RecordingSink();
        book.place(4, CAROL, BUY, 2_100, 15, original);
        restored.place(4, CAROL, BUY, 2_100, 15, copy);
        book.place(5, ALICE, BUY, 2_100, 15, original);
        restored.place(5, ALICE, BUY, 2_100, 15, copy);
        assertThat(copy.events()).isEqualTo(original.events()).hasSize(6);
        assertThat(restored.snapshot()).isEqualTo(book.snapshot());
    }

    @Test
    void malformedInputThrowsAndChangesNothing() {
        place(1, ALICE, SELL, 2_000, 10);
        BookSnapshot before = book.snapshot();
        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> book.place(2, BOB, BUY, 2_000, 0, sink)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.place(2, BOB, BUY, 0, 10, sink)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.place(0, BOB, BUY, 2_000, 10, sink)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> book.place(2, BOB, BUY, Long.MAX_VALUE / 2, 3, sink))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> book.place(2, BOB, null, 2_000, 10, sink)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> book.place(2, BOB, BUY, 2_000, 10, null)).isInstanceOf(NullPointerException.class);
        assertThat(sink.events()).isEmpty();
        assertThat(book.snapshot()).isEqualTo(before);
    }

    @Test
    void aLargeBookKeepsItsOrderThroughGrowthAndChurn() {
        int orders = 6_000;
        for (int i = 1; i <= orders; i++) {
            long price = 3_000 + (i % 2 == 0 ? -(i % 1_500) - 1 : i % 1_500 + 1);
            bookPlace(i, i % 7, i % 2 == 0 ? BUY : SELL, price, 10 + i % 13);
        }
        book.checkInvariants();
        assertThat(book.restingOrderCount()).isEqualTo(orders);
        for (int i = 1; i <= orders; i += 3) {
            book.cancel(i, i % 7, new RecordingSink());
        }
        book.checkInvariants();
        RecordingSink sweep = new RecordingSink();
        book.place(orders + 1, 99, BUY, 4_600, 1_000_000, sweep);
        book.checkInvariants();
        assertThat(book.bestAsk()).isEmpty();
        assertThat(book.restingOrder(orders + 1)).hasValueSatisfying(o -> assertThat(o.price()).isEqualTo(4_600));
        long sold = sweep.events().stream().filter(e -> e instanceof Trade).mapToLong(e -> ((Trade) e).quantity()).sum();
        assertThat(book.remainingQuantity(orders + 1)).isEqualTo(1_000_000 - sold);
        assertThat(restore(book.snapshot()).snapshot()).isEqualTo(book.snapshot());
    }

    @Test
    void aCopyGoesOnAsTheOriginalWouldAndNeitherReachesTheOther() {
        bookPlace(1, ALICE, SELL, 2_000, 30);
        bookPlace(2, ALICE, SELL, 2_100, 30);
        bookPlace(3, BOB, BUY, 1_900, 20);
        book.cancel(2, ALICE, MatchSink.ignoring());
        BookSnapshot before = book.snapshot();
        OrderBook original = book;
        OrderBook copy = book.copy();
        copy.checkInvariants();
        assertThat(copy.snapshot()).isEqualTo(before);

        List<BookEvent> onOriginal = place(4, CAROL, BUY, 2_000, 10);
        book = copy;
        assertThat(place(4, CAROL, BUY, 2_000, 10)).isEqualTo(onOriginal);
        assertThat(copy.snapshot()).isEqualTo(original.snapshot());

        assertThat(place(5, DAVE, SELL, 1_900, 50)).contains(new Trade(5, 3, DAVE, BOB, 1_900, 20, SELL, 0));
        assertThat(cancel(1, ALICE)).hasSize(1);
        assertThat(original.remainingQuantity(3)).isEqualTo(20);
        assertThat(original.remainingQuantity(1)).isEqualTo(20);
        assertThat(original.lastOrderId()).isEqualTo(4);
        book = original;
        assertThat(place(5, DAVE, SELL, 1_950, 5)).contains(new Rested(5, DAVE, SELL, 1_950, 5));
        assertThat(copy.restingOrder(5)).hasValueSatisfying(o -> assertThat(o.price()).isEqualTo(1_900));
    }

    @Test
    void anEmptyBookHasNoPrices() {
        assertThat(book.bestBid()).isEqualTo(OptionalLong.empty());
        assertThat(book.bestAsk()).isEmpty();
        assertThat(book.depth(BUY, 5)).isEmpty();
        assertThat(book.snapshot()).isEqualTo(BookSnapshot.empty(RULES));
        assertThat(book.lastOrderId()).isZero();
    }

    private List<BookEvent> place(long orderId, long owner, Side side, long price, long quantity) {
        RecordingSink sink = new RecordingSink();
        book.place(orderId, owner, side, price, quantity, sink);
        book.checkInvariants();
        return new ArrayList<>(sink.events());
    }

    private void bookPlace(long orderId, long owner, Side side, long price, long quantity) {
        book.place(orderId, owner, side, price, quantity, MatchSink.ignoring());
    }

    private List<BookEvent> cancel(long orderId, long owner) {
        RecordingSink sink = new RecordingSink();
        book.cancel(orderId, owner, sink);
        book.checkInvariants();
        return sink.events();
    }
}
