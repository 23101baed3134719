package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** The bureau opens a market or changes its price rules. Without a reference price there is no daily limit. */
public record SetMarketRules(
        @TargetAggregateIdentifier TradingAreaId area,
        QuotaClass quotaClass,
        Price floorPrice,
        Price referencePrice,
        int dailyLimitPercent,
        Mass minimumQuantity,
        Actor by,
        Instant at) {

    public SetMarketRules {
        Require.nonNull(area, "area");
        Require.nonNull(quotaClass, "quotaClass");
        Require.nonNull(floorPrice, "floorPrice");
        Require.nonNull(minimumQuantity, "minimumQuantity");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        Quantities.wholeKilograms(minimumQuantity);
        if (dailyLimitPercent < 0 || dailyLimitPercent > 100 || (dailyLimitPercent > 0) != (referencePrice != null)) {
            throw new IllegalArgumentException("a daily limit is 1-100 percent around a reference price, or none without one");
        }
    }
}
