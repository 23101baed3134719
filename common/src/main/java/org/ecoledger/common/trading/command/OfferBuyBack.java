package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** The bureau offers to buy rights back into the reserve at a set price, up to a quantity. */
public record OfferBuyBack(
        @TargetAggregateIdentifier TradingAreaId area,
        BuyBackId buyBackId,
        QuotaClass quotaClass,
        Price price,
        Mass maximumQuantity,
        Actor by,
        Instant at) {

    public OfferBuyBack {
        Require.nonNull(area, "area");
        Require.nonNull(buyBackId, "buyBackId");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(price, "price");
        Require.nonNull(maximumQuantity, "maximumQuantity");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(maximumQuantity);
    }
}
