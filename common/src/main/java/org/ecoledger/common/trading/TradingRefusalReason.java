package org.ecoledger.common.trading;

/**
 * Why the ledger refused a request that was well formed. Each refusal is recorded as an event, so
 * the bureau can audit who was turned away and why. Grouped by what they protect.
 */
public enum TradingRefusalReason {
    // balances: no account ever goes negative
    INSUFFICIENT_QUOTA,
    INSUFFICIENT_CASH,
    INSUFFICIENT_RESERVE,
    // who may trade
    BUYING_RESTRICTED,
    OUTSIDE_TRADING_AREA,
    // market rules
    MARKET_NOT_OPEN,
    BELOW_FLOOR_PRICE,
    OUTSIDE_DAILY_PRICE_LIMIT,
    BELOW_MINIMUM_QUANTITY,
    UNKNOWN_ORDER,
    ORDER_NOT_OPEN,
    // auctions, buy-backs and transfers
    AUCTION_NOT_OPEN,
    AUCTION_STILL_OPEN,
    BELOW_RESERVE_PRICE,
    BUY_BACK_NOT_OPEN,
    BUY_BACK_EXHAUSTED,
    TRANSFER_NOT_PENDING,
    // rights for new and expanded projects
    NOTHING_RETIRED,
    DUPLICATE_REQUEST
}
