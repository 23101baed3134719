package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** The bureau offered reserve rights at a sealed-bid auction. */
@Revision("1")
public record AuctionOpened(
        TradingAreaId area,
        AuctionId auctionId,
        QuotaClass quotaClass,
        Mass quantity,
        Price reservePrice,
        Instant closesAt,
        Actor by,
        Instant at) {
}
