package org.ecoledger.trading.matching;

/**
 * Receives what a book command did, as it happens, with primitive arguments so that the book
 * allocates nothing on its fast path. The book calls it on the caller's thread, in the order stated
 * on {@link OrderBook}; an exception thrown here leaves the book in an unspecified state.
 *
 * <p>Reservations: a seller reserves {@code quantity} kg of quota and a buyer
 * {@code limitPrice × quantity} fen when an order is accepted. A trade moves {@code quantity} kg
 * and {@code price × quantity} fen; a buying taker is filled at the maker's price, never above its
 * limit, so it releases {@code (limitPrice − price) × quantity} fen of its reservation on each
 * trade (a buying maker trades at its own limit and releases nothing). A cancel releases the
 * remaining quantity, and for a buyer {@code price × remaining} fen.
 */
public interface MatchSink {

    /** The order passed every check and goes to matching; its trades and outcome follow. */
    void onAccepted(long orderId, long owner, Side side, long limitPrice, long quantity);

    /** A place or cancel command was refused; the book is unchanged. */
    void onRejected(long orderId, long owner, RejectionReason reason);

    /**
     * The incoming order (taker) traded with a resting order (maker) at the maker's price.
     * {@code makerRemaining} is what is left of the maker; at 0 it has left the book filled.
     */
    void onTrade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner,
                 long price, long quantity, Side takerSide, long makerRemaining);

    /** The rest of the accepted order now rests in the book at its limit price. */
    void onRested(long orderId, long owner, Side side, long price, long remaining);

    /** The rest of a resting order left the book without trading. */
    void onCancelled(long orderId, long owner, Side side, long price, long remaining, CancelCause cause);

    /** A sink that ignores everything, for replaying commands whose events are already recorded. */
    static MatchSink ignoring() {
        return IgnoringSink.INSTANCE;
    }
}
