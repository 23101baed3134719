package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** An order passed every check: its quota or cash is reserved and it meets the book. Its trades and any cancellations follow as their own events. */
@Revision("1")
public record OrderPlaced(
        TradingAreaId area,
        OrderId orderId,
        EnterpriseId enterprise,
        ClientOrderId clientOrderId,
        QuotaClass quotaClass,
        Side side,
        Price limitPrice,
        Mass quantity,
        Actor by,
        Instant at) {
}
