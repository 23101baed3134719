package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.AuctionId;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.time.Instant;
import java.util.List;

/** An auction bid won reserve rights at the clearing price. */
@Revision("1")
public record AuctionLotAwarded(
        TradingAreaId area,
        AuctionId auctionId,
        EnterpriseId winner,
        QuotaClass quotaClass,
        Mass quantity,
        Price clearingPrice,
        Money value,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of(HoldingChange.gained(winner, quotaClass, quantity));
    }
}
