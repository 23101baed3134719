package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;

import java.time.Instant;

/** One party proposed a negotiated transfer. */
@Revision("1")
public record TransferProposed(
        TradingAreaId area,
        TransferId transferId,
        EnterpriseId seller,
        EnterpriseId buyer,
        QuotaClass quotaClass,
        Mass quantity,
        Price price,
        Actor by,
        Instant at) {
}
