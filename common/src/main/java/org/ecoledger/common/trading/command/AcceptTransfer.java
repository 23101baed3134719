package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The counterparty accepts a proposed transfer. */
public record AcceptTransfer(
        @TargetAggregateIdentifier TradingAreaId area,
        TransferId transferId,
        Actor by,
        Instant at) {

    public AcceptTransfer {
        Require.nonNull(area, "area");
        Require.nonNull(transferId, "transferId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
