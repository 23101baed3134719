package org.ecoledger.trading.auction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorts the bids at or above the reserve price once, by price from the highest and then by time,
 * and hands out the supply down that list: O(n log n).
 */
public final class UniformPriceClearing implements AuctionClearing {

    private static final Comparator<Bid> PRIORITY = Comparator.comparingLong(Bid::price).reversed()
            .thenComparingLong(Bid::sequence);

    @Override
    public AuctionResult clear(AuctionLot lot, List<Bid> bids) {
        Bids.requireWellFormed(lot, bids);
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < bids.size(); i++) {
            if (bids.get(i).price() >= lot.reservePrice()) {
                eligible.add(i);
            }
        }
        eligible.sort(Comparator.comparing(bids::get, PRIORITY));
        long[] won = new long[bids.size()];
        long left = lot.supply();
        long clearingPrice = 0;
        for (int i : eligible) {
            if (left == 0) {
                break;
            }
            Bid bid = bids.get(i);
            won[i] = Math.min(left, bid.quantity());
            left -= won[i];
            clearingPrice = bid.price();
        }
        List<Award> awards = new ArrayList<>(bids.size());
        for (int i = 0; i < bids.size(); i++) {
            awards.add(Bids.award(bids.get(i), won[i], clearingPrice, lot));
        }
        return new AuctionResult(clearingPrice, lot.supply() - left, awards);
    }
}
