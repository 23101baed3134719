package org.ecoledger.trading.auction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The clearing written from the rule's definition: the clearing price is found on the demand curve
 * (for each bid price from the highest down, the total quantity bid at or above it), then the bids
 * above it win in full and the bids at it share the rest in time order. Quadratic; it is the
 * specification {@link UniformPriceClearing} is tested against.
 */
public final class ReferenceClearing implements AuctionClearing {

    @Override
    public AuctionResult clear(AuctionLot lot, List<Bid> bids) {
        Bids.requireWellFormed(lot, bids);
        List<Bid> eligible = bids.stream().filter(b -> b.price() >= lot.reservePrice()).toList();
        List<Long> pricesFromTheHighest = eligible.stream().map(Bid::price).distinct().sorted(Comparator.reverseOrder()).toList();
        long clearingPrice = pricesFromTheHighest.isEmpty() ? 0 : pricesFromTheHighest.get(pricesFromTheHighest.size() - 1);
        for (long price : pricesFromTheHighest) {
            if (demandAtOrAbove(eligible, price) >= lot.supply()) {
                clearingPrice = price;
                break;
            }
        }
        long price = clearingPrice;
        long left = lot.supply() - demandAbove(eligible, price);
        List<Bid> atTheClearingPrice = new ArrayList<>(eligible.stream().filter(b -> b.price() == price).toList());
        atTheClearingPrice.sort(Comparator.comparingLong(Bid::sequence));
        List<Award> awards = new ArrayList<>();
        long sold = 0;
        for (Bid bid : bids) {
            long won = 0;
            if (bid.price() >= lot.reservePrice() && bid.price() > price) {
                won = bid.quantity();
            } else if (bid.price() >= lot.reservePrice() && bid.price() == price) {
                long before = 0;
                for (Bid tied : atTheClearingPrice) {
                    if (tied.sequence() < bid.sequence()) {
                        before += tied.quantity();
                    }
                }
                won = Math.max(0, Math.min(bid.quantity(), left - before));
            }
            sold += won;
            awards.add(Bids.award(bid, won, price, lot));
        }
        return new AuctionResult(sold == 0 ? 0 : price, sold, awards);
    }

    private static long demandAtOrAbove(List<Bid> bids, long price) {
        return bids.stream().filter(b -> b.price() >= price).mapToLong(Bid::quantity).sum();
    }

    private static long demandAbove(List<Bid> bids, long price) {
        return bids.stream().filter(b -> b.price() > price).mapToLong(Bid::quantity).sum();
    }
}
