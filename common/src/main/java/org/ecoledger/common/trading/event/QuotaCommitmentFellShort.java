package org.ecoledger.common.trading.event;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;
import java.util.List;

/** The enterprise does not hold the rights its project needs; nothing was retired and the permit stays pending. */
@Revision("1")
public record QuotaCommitmentFellShort(
        TradingAreaId area,
        EnterpriseId enterprise,
        PermitId permitId,
        int permitVersion,
        List<QuotaRequirement> shortfall,
        Actor by,
        Instant at) implements TradingIntegrationEvent {

    @Override
    public List<HoldingChange> holdingChanges() {
        return List.of();
    }
}
