package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.Money;

import java.time.Instant;

/** The bureau closed a buy-back offer; the budget it had not spent went back to the reserve's available cash. */
@Revision("1")
public record BuyBackClosed(
        TradingAreaId area,
        BuyBackId buyBackId,
        QuotaClass quotaClass,
        Money releasedBudget,
        Actor by,
        Instant at) {
}
