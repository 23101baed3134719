package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reserve auction while its sealed bids come in: the reserve's rights and each bidder's cash are held. */
record Auction(QuotaClass quotaClass, long quantityKilograms, long reservePrice, Instant closesAt, boolean open, List<SealedBid> bids) {

    record SealedBid(long sequence, EnterpriseId enterprise, long price, long quantityKilograms) {
    }

    Auction withBid(SealedBid bid) {
        List<SealedBid> more = new ArrayList<>(bids);
        more.add(bid);
        return new Auction(quotaClass, quantityKilograms, reservePrice, closesAt, open, List.copyOf(more));
    }

    Auction closed() {
        return new Auction(quotaClass, quantityKilograms, reservePrice, closesAt, false, bids);
    }
}
