package org.ecoledger.trading.matching;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The continuous order book of one market. Units are those of the package: fen per kilogram,
 * kilograms, caller-assigned increasing order IDs.
 *
 * <p><b>Placing</b> an order ({@link #place}) reports, in this order:
 * <ol>
 *   <li>{@code onRejected} and nothing else if the order breaks a rule, checked in this order:
 *       its ID rests in the book ({@link RejectionReason#DUPLICATE_ORDER_ID}); its ID is not
 *       above the last accepted one ({@link RejectionReason#ORDER_ID_NOT_INCREASING}); its
 *       quantity is below the minimum; its price is below the floor; its price is outside the
 *       daily limits. Otherwise {@code onAccepted}, and the ID becomes the last accepted one.</li>
 *   <li>Matching: while the order has quantity left and the best opposite price is at or better
 *       than its limit (an ask at or below a buy's limit, a bid at or above a sell's limit), it
 *       meets the oldest order at the best opposite price. If that order has the same owner it is
 *       cancelled ({@code onCancelled} with {@link CancelCause#SELF_TRADE_PREVENTION}) and
 *       matching goes on; otherwise the two trade ({@code onTrade}) the smaller of their
 *       quantities at the resting order's price, and a filled resting order leaves the book.</li>
 *   <li>{@code onRested} if quantity is left: it rests at its limit price behind the orders
 *       already there.</li>
 * </ol>
 *
 * <p><b>Self-trade prevention</b> cancels the resting order, not the incoming one ("cancel oldest",
 * also called cancel resting or expire maker): the newer order is its owner's current intent, it
 * still trades with everyone else in priority order, and the owner gets the old order's
 * reservation back. An order never trades with an order of its own owner.
 *
 * <p><b>Cancelling</b> ({@link #cancel}) reports {@code onRejected} with
 * {@link RejectionReason#UNKNOWN_ORDER} if the order does not rest in the book, with
 * {@link RejectionReason#NOT_OWNER} if it belongs to someone else, and otherwise
 * {@code onCancelled} with {@link CancelCause#OWNER_REQUEST} and its remaining quantity.
 *
 * <p>Because every resting order's price is allowed by the rules and every trade is at a resting
 * order's price, no trade is ever outside the floor or the daily limits. {@link #changeRules}
 * keeps that true when the limits move.
 *
 * <p>Malformed input (an ID, price or quantity that is not positive, an order value
 * {@code price × quantity} that does not fit a {@code long}, a missing side or sink) throws
 * {@link IllegalArgumentException} or {@link NullPointerException} before anything changes.
 */
public interface OrderBook {

    /** Places a limit order; see the class description for the rules and the events. */
    void place(long orderId, long owner, Side side, long limitPrice, long quantity, MatchSink sink);

    /** Cancels the rest of a resting order on its owner's request. */
    void cancel(long orderId, long owner, MatchSink sink);

    /**
     * Applies new rules, for instance a new day's price limits around a new reference price.
     * Resting orders whose price the new rules do not allow are cancelled with
     * {@link CancelCause#OUTSIDE_NEW_RULES}: the bids first, then the asks, each side in priority
     * order. Orders below a new minimum quantity stay.
     */
    void changeRules(MarketRules rules, MatchSink sink);

    MarketRules rules();

    /** The last accepted order ID, 0 before the first. */
    long lastOrderId();

    OptionalLong bestBid();

    OptionalLong bestAsk();

    /** Up to {@code levels} prices of one side, the best first. */
    List<PriceLevel> depth(Side side, int levels);

    /** The quantity still resting of an order; 0 if it does not rest in the book. */
    long remainingQuantity(long orderId);

    Optional<RestingOrder> restingOrder(long orderId);

    int restingOrderCount();

    /** The whole book, to store as an aggregate snapshot and to restore with either implementation. */
    BookSnapshot snapshot();

    /**
     * A book in the same state that shares nothing that changes with this one: commands to either
     * never reach the other. The ledger copies its books while it waits and writes the snapshot of
     * the copy after, so this is meant to be much quicker than {@link #snapshot()}.
     */
    OrderBook copy();

    /**
     * Checks the implementation's internal invariants (consistent indexes and totals, time order
     * within a price, no crossed book, every resting price allowed), throwing
     * {@link IllegalStateException} naming the first broken one. Linear in the book's size: for
     * tests and diagnostics, not for every command in production.
     */
    void checkInvariants();
}
