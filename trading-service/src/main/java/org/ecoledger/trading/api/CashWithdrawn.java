package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;

import java.time.Instant;

/** The settlement bank recorded money paid out of an account. */
@Revision("1")
public record CashWithdrawn(
        TradingAreaId area,
        EnterpriseId enterprise,
        Money amount,
        String bankReference,
        Actor by,
        Instant at) {
}
