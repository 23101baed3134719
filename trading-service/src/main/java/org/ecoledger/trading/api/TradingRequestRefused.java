package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TradingRefusalReason;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;

import java.time.Instant;

/** The ledger refused a well-formed request by one of its rules; recorded for the bureau's audit. */
@Revision("1")
public record TradingRequestRefused(
        TradingAreaId area,
        EnterpriseId enterprise,
        String request,
        String reference,
        TradingRefusalReason reason,
        String detail,
        Actor by,
        Instant at) {
}
