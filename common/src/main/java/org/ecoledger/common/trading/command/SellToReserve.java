package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** An enterprise sells rights to the reserve under a buy-back offer. */
public record SellToReserve(
        @TargetAggregateIdentifier TradingAreaId area,
        BuyBackId buyBackId,
        EnterpriseId enterprise,
        Mass quantity,
        Actor by,
        Instant at) {

    public SellToReserve {
        Require.nonNull(area, "area");
        Require.nonNull(buyBackId, "buyBackId");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(quantity);
    }
}
