package org.ecoledger.trading.auction;

import java.util.List;

/**
 * The outcome of an auction: the clearing price (0 when nothing was sold), the quantity sold, and
 * one award per bid in the order the bids were given.
 */
public record AuctionResult(long clearingPrice, long soldQuantity, List<Award> awards) {

    public AuctionResult {
        awards = List.copyOf(awards);
    }

    public boolean sold() {
        return soldQuantity > 0;
    }
}
