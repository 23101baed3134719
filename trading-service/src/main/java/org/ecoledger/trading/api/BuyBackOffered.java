package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** The bureau offered to buy rights back into the reserve at a set price. */
@Revision("1")
public record BuyBackOffered(
        TradingAreaId area,
        BuyBackId buyBackId,
        QuotaClass quotaClass,
        Price price,
        Mass maximumQuantity,
        Actor by,
        Instant at) {
}
