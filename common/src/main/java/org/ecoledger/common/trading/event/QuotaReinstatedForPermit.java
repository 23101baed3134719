package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;
import java.util.List;

/** Rights retired for a permit version that never took effect are back in the enterprise's account, as available rights. */
@Revision("1")
public record QuotaReinstatedForPermit(
        TradingAreaId area,
        EnterpriseId enterprise,
        PermitId permitId,
        int permitVersion,
        List<RetiredQuota> reinstated,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return reinstated.stream().map(r -> HoldingChange.gained(enterprise, r.quotaClass(), r.quantity())).toList();
    }
}
