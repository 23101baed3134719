package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/**
 * New rights went into the government reserve of their region. The stocking ID is null in events
 * recorded before stockings carried one; those stockings are not recognised when sent again.
 */
@Revision("1")
public record ReserveStocked(
        TradingAreaId area,
        StockingId stockingId,
        QuotaClass quotaClass,
        Mass quantity,
        Actor by,
        Instant at) {
}
