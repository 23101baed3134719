package org.ecoledger.trading.auction;

/** What became of one bid. */
public enum BidOutcome {
    WON_IN_FULL,
    /** A bid at the clearing price that got part of its quantity: the supply ran out within its price. */
    WON_IN_PART,
    /** At or above the reserve price, but the supply went to higher or earlier bids. */
    OUTBID,
    BELOW_RESERVE
}
