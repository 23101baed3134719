package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** An auction closed at one clearing price (none if nothing sold); the winners' awards follow, every other reservation is released. */
@Revision("1")
public record AuctionCleared(
        TradingAreaId area,
        AuctionId auctionId,
        QuotaClass quotaClass,
        Price clearingPrice,
        Mass soldQuantity,
        Mass unsoldQuantity,
        Actor by,
        Instant at) {
}
