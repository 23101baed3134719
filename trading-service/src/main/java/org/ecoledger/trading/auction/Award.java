package org.ecoledger.trading.auction;

import java.util.Objects;

/** The result for one bid: the quantity won, and the clearing price it pays per kilogram (0 if it won nothing). */
public record Award(long bidId, long owner, long quantity, long price, BidOutcome outcome) {

    public Award {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What the winner pays, in fen. */
    public long value() {
        return price * quantity;
    }
}
