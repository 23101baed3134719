package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reserve auction while its sealed bids come in, from its opening to its closing time: the reserve's rights and each bidder's cash are held. */
record Auction(QuotaClass quotaClass, long quantityKilograms, long reservePrice, Instant opensAt, Instant closesAt, boolean open,
               List<SealedBid> bids) {

    record SealedBid(long sequence, EnterpriseId enterprise, long price, long quantityKilograms) {
    }

    /** A snapshot taken before auctions had an opening time holds none: such an auction took bids from when it was offered. */
    boolean takesBidsAt(Instant at) {
        return open && (opensAt == null || !at.isBefore(opensAt)) && at.isBefore(closesAt);
    }

    Auction withBid(SealedBid bid) {
        List<SealedBid> more = new ArrayList<>(bids);
        more.add(bid);
        return new Auction(quotaClass, quantityKilograms, reservePrice, opensAt, closesAt, open, List.copyOf(more));
    }

    Auction closed() {
        return new Auction(quotaClass, quantityKilograms, reservePrice, opensAt, closesAt, false, bids);
    }
}
