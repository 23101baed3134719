package org.ecoledger.trading.api;

import org.axonframework.serialization.Revision;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/** A trading area's ledger opened, or its regions were redrawn. */
@Revision("1")
public record TradingAreaOpened(
        TradingAreaId area,
        List<RegionCode> regions,
        Actor by,
        Instant at) {
}
