package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.time.Instant;
import java.util.List;

/** The reserve bought rights back from an enterprise at the offered price. */
@Revision("1")
public record BuyBackSettled(
        TradingAreaId area,
        BuyBackId buyBackId,
        EnterpriseId seller,
        QuotaClass quotaClass,
        Mass quantity,
        Price price,
        Money value,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of(HoldingChange.lost(seller, quotaClass, quantity));
    }
}
