package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** A sealed bid went into an auction; the bidder's cash at its price is reserved. */
@Revision("1")
public record BidSubmitted(
        TradingAreaId area,
        AuctionId auctionId,
        long bidSequence,
        EnterpriseId enterprise,
        Price price,
        Mass quantity,
        Actor by,
        Instant at) {
}
