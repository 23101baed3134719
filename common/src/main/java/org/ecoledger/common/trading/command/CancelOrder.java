package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** An enterprise cancels what remains of its order. */
public record CancelOrder(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        OrderId orderId,
        Actor by,
        Instant at) {

    public CancelOrder {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(orderId, "orderId");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
    }
}
