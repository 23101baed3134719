package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/**
 * The bureau offers reserve rights at auction: sealed bids from the opening time until the closing
 * time, one clearing price. Without an opening time, or with one already past, bidding opens at once.
 */
public record OpenAuction(
        @TargetAggregateIdentifier TradingAreaId area,
        AuctionId auctionId,
        QuotaClass quotaClass,
        Mass quantity,
        Price reservePrice,
        Instant opensAt,
        Instant closesAt,
        Actor by,
        Instant at) {

    public OpenAuction {
        Require.nonNull(area, "area");
        Require.nonNull(auctionId, "auctionId");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(reservePrice, "reservePrice");
        Require.nonNull(closesAt, "closesAt");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(quantity);
    }
}
