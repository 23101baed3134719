package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The bureau closes a buy-back offer: no more sales into it, and the budget it did not spend is the reserve's to use again. */
public record CloseBuyBack(
        @TargetAggregateIdentifier TradingAreaId area,
        BuyBackId buyBackId,
        Actor by,
        Instant at) {

    public CloseBuyBack {
        Require.nonNull(area, "area");
        Require.nonNull(buyBackId, "buyBackId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
