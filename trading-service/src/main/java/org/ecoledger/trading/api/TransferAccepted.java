package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TransferId;
import org.ecoledger.common.value.Actor;

import java.time.Instant;

/** The counterparty accepted a proposed transfer; it waits for the bureau. */
@Revision("1")
public record TransferAccepted(
        TradingAreaId area,
        TransferId transferId,
        Actor by,
        Instant at) {
}
