package org.ecoledger.trading.matching;

/** Why the book refused a command. The book is unchanged by a refused command. */
public enum RejectionReason {
    /** Placing: an order with this ID is resting in the book. */
    DUPLICATE_ORDER_ID,
    /** Placing: the ID is not above the last accepted one, so it cannot stand for a later time. */
    ORDER_ID_NOT_INCREASING,
    /** Placing: the quantity is below the market's minimum order quantity. */
    BELOW_MIN_QUANTITY,
    /** Placing: the limit price is below the market's floor price. */
    BELOW_FLOOR,
    /** Placing: the limit price is outside the day's price limits. */
    OUTSIDE_DAILY_LIMIT,
    /** Cancelling: no order with this ID rests in the book (never placed, filled or cancelled). */
    UNKNOWN_ORDER,
    /** Cancelling: the order rests in the book but belongs to another owner. */
    NOT_OWNER
}
