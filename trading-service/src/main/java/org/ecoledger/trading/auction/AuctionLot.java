package org.ecoledger.trading.auction;

/** A lot of reserve emission rights for auction: its supply in kilograms and the reserve (minimum) price in fen per kilogram. */
public record AuctionLot(long supply, long reservePrice) {

    public AuctionLot {
        if (supply < 1 || reservePrice < 1) {
            throw new IllegalArgumentException("a lot needs a positive supply and reserve price, not " + supply + " and " + reservePrice);
        }
    }
}
