package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/**
 * The bureau offered reserve rights at a sealed-bid auction, taking bids from its opening time
 * until its closing time. The opening time is null in events recorded before auctions had one:
 * those auctions opened when they were offered, at {@code at}.
 */
@Revision("1")
public record AuctionOpened(
        TradingAreaId area,
        AuctionId auctionId,
        QuotaClass quotaClass,
        Mass quantity,
        Price reservePrice,
        Instant opensAt,
        Instant closesAt,
        Actor by,
        Instant at) {
}
