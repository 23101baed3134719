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

/** The rights a new or expanded project needed were taken out of the enterprise's account for good; its permit may be issued. */
@Revision("1")
public record QuotaRetiredForPermit(
        TradingAreaId area,
        EnterpriseId enterprise,
        PermitId permitId,
        int permitVersion,
        List<RetiredQuota> retired,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return retired.stream().map(r -> HoldingChange.lost(enterprise, r.quotaClass(), r.quantity())).toList();
    }
}
