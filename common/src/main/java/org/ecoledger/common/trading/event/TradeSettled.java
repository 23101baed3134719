package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.time.Instant;
import java.util.List;

/** Two orders matched: the rights went from seller to buyer and the money the other way, once. */
@Revision("1")
public record TradeSettled(
        TradingAreaId area,
        long tradeSequence,
        QuotaClass quotaClass,
        EnterpriseId buyer,
        EnterpriseId seller,
        OrderId buyOrderId,
        OrderId sellOrderId,
        Side aggressor,
        Price price,
        Mass quantity,
        Money value,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of(HoldingChange.gained(buyer, quotaClass, quantity), HoldingChange.lost(seller, quotaClass, quantity));
    }
}
