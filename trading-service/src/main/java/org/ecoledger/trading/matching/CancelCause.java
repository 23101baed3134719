package org.ecoledger.trading.matching;

/** Why the rest of an order left the book without trading. */
public enum CancelCause {
    /** Its owner cancelled it. */
    OWNER_REQUEST,
    /** It rested in the way of a newer order of the same owner (see {@link OrderBook}). */
    SELF_TRADE_PREVENTION,
    /** New market rules (a new day's price limits, a new floor) no longer allow its price. */
    OUTSIDE_NEW_RULES
}
