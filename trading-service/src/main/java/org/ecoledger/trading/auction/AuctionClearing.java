package org.ecoledger.trading.auction;

import java.util.List;

/**
 * Clears a uniform-price sealed-bid auction of one lot; the rule is stated on the package. Pure and
 * deterministic: the result depends on the lot and the bids only, not on the order the bids are
 * listed in (their {@code sequence} decides ties).
 *
 * <p>Malformed input — a repeated bid ID or sequence, or bids whose total quantity overflows a
 * {@code long} — throws {@link IllegalArgumentException}.
 */
public interface AuctionClearing {

    AuctionResult clear(AuctionLot lot, List<Bid> bids);
}
