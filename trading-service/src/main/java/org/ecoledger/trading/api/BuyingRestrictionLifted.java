package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** The enterprise may buy again. */
@Revision("1")
public record BuyingRestrictionLifted(
        TradingAreaId area,
        EnterpriseId enterprise,
        String reason,
        Actor by,
        Instant at) {
}
