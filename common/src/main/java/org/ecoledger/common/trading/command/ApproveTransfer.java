package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The bureau approves an accepted transfer: quota and cash move now or not at all. */
public record ApproveTransfer(
        @TargetAggregateIdentifier TradingAreaId area,
        TransferId transferId,
        Actor by,
        Instant at) {

    public ApproveTransfer {
        Require.nonNull(area, "area");
        Require.nonNull(transferId, "transferId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
