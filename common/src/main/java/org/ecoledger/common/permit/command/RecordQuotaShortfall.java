package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.QuotaRequirement;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;
import java.util.List;

/** Trading-service's answer that the enterprise lacks rights for this version of the permit. */
public record RecordQuotaShortfall(
        @TargetAggregateIdentifier PermitId permitId,
        int version,
        TradingAreaId area,
        List<QuotaRequirement> shortfall,
        Actor by,
        Instant at) {

    public RecordQuotaShortfall {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(area, "area");
        Require.nonNull(shortfall, "shortfall");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        shortfall = List.copyOf(shortfall);
    }
}
