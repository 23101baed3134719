package org.ecoledger.trading.auction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the clearing over random lots and bids: prices on a coarse grid so that ties at
 * the clearing price are common, demand from well under to well over the supply.
 */
class AuctionClearingPropertiesTest {

    private final AuctionClearing fast = new UniformPriceClearing();
    private final AuctionClearing reference = new ReferenceClearing();

    record Auction(AuctionLot lot, List<Bid> bids) {
    }

    @Property(tries = 500)
    void theClearingAgreesWithTheReference(@ForAll("auctions") Auction auction) {
        AuctionResult result = fast.clear(auction.lot(), auction.bids());
        assertThat(result).isEqualTo(reference.clear(auction.lot(), auction.bids()));
        Statistics.label("outcome").collect(!result.sold() ? "nothing sold"
                : result.soldQuantity() < auction.lot().supply() ? "undersubscribed" : "sold out");
        Statistics.label("split at the clearing price").collect(result.awards().stream().anyMatch(a -> a.outcome() == BidOutcome.WON_IN_PART));
    }

    @Property(tries = 500)
    void neverMoreThanTheSupplyAndAllOfItWhenDemandCoversIt(@ForAll("auctions") Auction auction) {
        AuctionResult result = fast.clear(auction.lot(), auction.bids());
        long won = result.awards().stream().mapToLong(Award::quantity).sum();
        long demand = auction.bids().stream().filter(b -> b.price() >= auction.lot().reservePrice()).mapToLong(Bid::quantity).sum();
        assertThat(won).isEqualTo(result.soldQuantity()).isEqualTo(Math.min(auction.lot().supply(), demand));
    }

    @Property(tries = 500)
    void everyWinnerPaysOneClearingPriceAtOrAboveTheReserveAndAtOrBelowItsBid(@ForAll("auctions") Auction auction) {
        AuctionResult result = fast.clear(auction.lot(), auction.bids());
        for (int i = 0; i < auction.bids().size(); i++) {
            Bid bid = auction.bids().get(i);
            Award award = result.awards().get(i);
            assertThat(award.bidId()).isEqualTo(bid.bidId());
            assertThat(award.quantity()).isBetween(0L, bid.quantity());
            if (award.quantity() > 0) {
                assertThat(award.price()).isEqualTo(result.clearingPrice()).isGreaterThanOrEqualTo(auction.lot().reservePrice())
                        .isLessThanOrEqualTo(bid.price());
            }
            if (bid.price() > result.clearingPrice() && bid.price() >= auction.lot().reservePrice()) {
                assertThat(award.outcome()).as("a bid above the clearing price wins in full").isEqualTo(BidOutcome.WON_IN_FULL);
            }
        }
    }

    @Property(tries = 500)
    void aHigherOrEarlierBidIsFilledBeforeALowerOrLaterOneGetsAnything(@ForAll("auctions") Auction auction) {
        AuctionResult result = fast.clear(auction.lot(), auction.bids());
        List<Bid> bids = auction.bids();
        for (int a = 0; a < bids.size(); a++) {
            for (int b = 0; b < bids.size(); b++) {
                Bid first = bids.get(a);
                Bid second = bids.get(b);
                boolean ahead = first.price() > second.price()
                        || (first.price() == second.price() && first.sequence() < second.sequence());
                if (ahead && result.awards().get(b).quantity() > 0) {
                    assertThat(result.awards().get(a).quantity()).as(first + " is ahead of " + second).isEqualTo(first.quantity());
                }
            }
        }
    }

    @Property(tries = 300)
    void theOrderTheBidsAreListedInDoesNotMatter(@ForAll("auctions") Auction auction, @ForAll long seed) {
        List<Bid> shuffled = new ArrayList<>(auction.bids());
        Collections.shuffle(shuffled, new Random(seed));
        AuctionResult original = fast.clear(auction.lot(), auction.bids());
        AuctionResult reordered = fast.clear(auction.lot(), shuffled);
        assertThat(reordered.clearingPrice()).isEqualTo(original.clearingPrice());
        assertThat(reordered.awards()).containsExactlyInAnyOrderElementsOf(original.awards());
    }

    @Provide
    Arbitrary<Auction> auctions() {
        Arbitrary<AuctionLot> lots = Combinators.combine(
                Arbitraries.longs().between(1, 2_000),
                Arbitraries.integers().between(0, 10).map(k -> 1_900L + 20L * k)).as(AuctionLot::new);
        Arbitrary<List<long[]>> bidShapes = Combinators.combine(
                Arbitraries.longs().between(1, 5),
                Arbitraries.integers().between(0, 15).map(k -> 1_850L + 20L * k),
                Arbitraries.longs().between(1, 600)).as((owner, price, quantity) -> new long[] {owner, price, quantity})
                .list().ofMaxSize(25);
        Arbitrary<Auction> auctions = Combinators.combine(lots, bidShapes, Arbitraries.randoms()).as((lot, shapes, random) -> {
            List<Long> sequences = new ArrayList<>();
            for (long s = 1; s <= shapes.size(); s++) {
                sequences.add(s * 10);
            }
            Collections.shuffle(sequences, random);
            List<Bid> bids = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                long[] shape = shapes.get(i);
                bids.add(new Bid(i + 1, shape[0], shape[1], shape[2], sequences.get(i)));
            }
            return new Auction(lot, bids);
        });
        return auctions;
    }
}
