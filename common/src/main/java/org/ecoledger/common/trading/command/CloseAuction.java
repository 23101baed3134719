package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The bureau closes an auction after its closing time and clears it. */
public record CloseAuction(
        @TargetAggregateIdentifier TradingAreaId area,
        AuctionId auctionId,
        Actor by,
        Instant at) {

    public CloseAuction {
        Require.nonNull(area, "area");
        Require.nonNull(auctionId, "auctionId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
