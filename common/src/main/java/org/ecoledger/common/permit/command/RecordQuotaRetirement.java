package org.ecoledger.common.permit.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;
import java.util.List;

/** Trading-service's answer that the rights for this version of the permit were retired. */
public record RecordQuotaRetirement(
        @TargetAggregateIdentifier PermitId permitId,
        int version,
        TradingAreaId area,
        List<RetiredQuota> retired,
        Actor by,
        Instant at) {

    public RecordQuotaRetirement {
        Require.nonNull(permitId, "permitId");
        Require.nonNull(area, "area");
        Require.nonNull(retired, "retired");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        retired = List.copyOf(retired);
    }
}
