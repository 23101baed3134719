package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** A party or the bureau declined a transfer; nothing moved. */
@Revision("1")
public record TransferDeclined(
        TradingAreaId area,
        TransferId transferId,
        String reason,
        Actor by,
        Instant at) {
}
