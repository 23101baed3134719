package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** An enterprise's account was opened in the area's ledger on its first movement; its number is its owner number in the order books. */
@Revision("1")
public record AccountOpened(
        TradingAreaId area,
        EnterpriseId enterprise,
        long accountNumber,
        Instant at) {
}
