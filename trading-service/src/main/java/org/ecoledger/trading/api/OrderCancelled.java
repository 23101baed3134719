package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** What remained of an order left the book without trading and its reservation was released. */
@Revision("1")
public record OrderCancelled(
        TradingAreaId area,
        OrderId orderId,
        EnterpriseId enterprise,
        QuotaClass quotaClass,
        Side side,
        Price limitPrice,
        Mass remaining,
        OrderCancellation cause,
        Actor by,
        Instant at) {
}
