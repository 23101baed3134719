package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The counterparty or the bureau declines a transfer. */
public record DeclineTransfer(
        @TargetAggregateIdentifier TradingAreaId area,
        TransferId transferId,
        String reason,
        Actor by,
        Instant at) {

    public DeclineTransfer {
        Require.nonNull(area, "area");
        Require.nonNull(transferId, "transferId");
        Require.nonNull(reason, "reason");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Require.text(reason, "reason");
    }
}
