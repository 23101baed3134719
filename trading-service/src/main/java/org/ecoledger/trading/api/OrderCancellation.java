package org.ecoledger.trading.api;

/** Why the rest of an order left the book. */
public enum OrderCancellation {
    /** Its owner cancelled it. */
    OWNER_REQUEST,
    /** A newer order of the same owner met it: an order never trades with its owner's own. */
    SELF_TRADE_PREVENTION,
    /** The market's new price rules no longer allow its price. */
    OUTSIDE_NEW_RULES,
    /** Its owner may no longer buy (blacklisted), so its resting buys leave the book. */
    BUYING_RESTRICTED
}
