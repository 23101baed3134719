package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;
import java.util.List;

/** Rights an enterprise gave up by a stricter voluntary commitment were credited to it as tradable. */
@Revision("1")
public record VoluntaryReductionCredited(
        TradingAreaId area,
        EnterpriseId enterprise,
        QuotaClass quotaClass,
        Mass quantity,
        PermitId permitId,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of(HoldingChange.gained(enterprise, quotaClass, quantity));
    }
}
