package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** An enterprise places a limit order; the same client order ID places it once. */
public record PlaceOrder(
        @TargetAggregateIdentifier TradingAreaId area,
        EnterpriseId enterprise,
        ClientOrderId clientOrderId,
        QuotaClass quotaClass,
        Side side,
        Price limitPrice,
        Mass quantity,
        Actor by,
        Instant at) {

    public PlaceOrder {
        Require.nonNull(area, "area");
        Require.nonNull(enterprise, "enterprise");
        Require.nonNull(clientOrderId, "clientOrderId");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(side, "side");
        Require.nonNull(limitPrice, "limitPrice");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(quantity);
    }
}
