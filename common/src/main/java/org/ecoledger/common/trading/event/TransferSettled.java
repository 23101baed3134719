package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.time.Instant;
import java.util.List;

/** An approved negotiated transfer moved rights and money between the two parties. */
@Revision("1")
public record TransferSettled(
        TradingAreaId area,
        TransferId transferId,
        EnterpriseId seller,
        EnterpriseId buyer,
        QuotaClass quotaClass,
        Mass quantity,
        Price price,
        Money value,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of(HoldingChange.gained(buyer, quotaClass, quantity), HoldingChange.lost(seller, quotaClass, quantity));
    }
}
