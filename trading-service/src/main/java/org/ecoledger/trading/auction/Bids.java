package org.ecoledger.trading.auction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks both clearings make on the bids before clearing. */
final class Bids {

    private Bids() {
    }

    static void requireWellFormed(AuctionLot lot, List<Bid> bids) {
        if (lot == null || bids == null) {
            throw new IllegalArgumentException("a lot and a list of bids are required");
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> sequences = new HashSet<>();
        long total = 0;
        for (Bid bid : bids) {
            if (!ids.add(bid.bidId()) || !sequences.add(bid.sequence())) {
                throw new IllegalArgumentException("bid " + bid.bidId() + " repeats a bid ID or a sequence number");
            }
            try {
                total = Math.addExact(total, bid.quantity());
            } catch (ArithmeticException overflow) {
                throw new IllegalArgumentException("the bids' total quantity does not fit a long", overflow);
            }
        }
    }

    static Award award(Bid bid, long won, long clearingPrice, AuctionLot lot) {
        BidOutcome outcome = bid.price() < lot.reservePrice() ? BidOutcome.BELOW_RESERVE
                : won == bid.quantity() ? BidOutcome.WON_IN_FULL
                : won > 0 ? BidOutcome.WON_IN_PART
                : BidOutcome.OUTBID;
        return new Award(bid.bidId(), bid.owner(), won, won > 0 ? clearingPrice : 0, outcome);
    }
}
