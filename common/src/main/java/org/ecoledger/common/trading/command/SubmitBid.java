package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** An enterprise bids in an open auction; its cash at the bid price is reserved until the auction closes. */
public record SubmitBid(
        @TargetAggregateIdentifier TradingAreaId area,
        AuctionId auctionId,
        EnterpriseId enterprise,
        Price price,
        Mass quantity,
        Actor by,
        Instant at) {

    public SubmitBid {
        Require.nonNull(area, "area");
        Require.nonNull(auctionId, "auctionId");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(price, "price");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(quantity);
    }
}
