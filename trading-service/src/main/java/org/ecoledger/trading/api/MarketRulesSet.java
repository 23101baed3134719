package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** A market opened or its price rules changed; resting orders the new rules do not allow are cancelled after this. */
@Revision("1")
public record MarketRulesSet(
        TradingAreaId area,
        QuotaClass quotaClass,
        Price floorPrice,
        Price referencePrice,
        int dailyLimitPercent,
        Mass minimumQuantity,
        Actor by,
        Instant at) {
}
