package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** The enterprise may no longer buy: it is blacklisted or its permit is suspended. */
public record RestrictBuying(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        String reason,
        Actor by,
        Instant at) {

    public RestrictBuying {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(reason, "reason");
    }
}
