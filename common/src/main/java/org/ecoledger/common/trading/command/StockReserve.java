package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.StockingId;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** The bureau puts newly created rights into the government reserve of their region, once per stocking ID. */
public record StockReserve(
        @TargetAggregateIdentifier TradingAreaId area,
        StockingId stockingId,
        QuotaClass quotaClass,
        Mass quantity,
        Actor by,
        Instant at) {

    public StockReserve {
        Require.nonNull(area, "area");
        Require.nonNull(stockingId, "stockingId");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(quantity, "quantity");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.requirePositive(quantity, "quantity");
    }
}
