package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;

import java.time.Instant;
import java.util.List;

/** The bureau allocated initial rights; the paid-use fee went from the enterprise's cash to the reserve. */
@Revision("1")
public record QuotaAllocated(
        TradingAreaId area,
        AllocationId allocationId,
        EnterpriseId enterprise,
        QuotaClass quotaClass,
        Mass quantity,
        Money feePerTonne,
        Money fee,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of(HoldingChange.gained(enterprise, quotaClass, quantity));
    }
}
