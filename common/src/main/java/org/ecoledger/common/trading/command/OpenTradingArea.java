package org.ecoledger.common.trading.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.ecoledger.common.Require;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/**
 * Opens a trading area's ledger for the regions the bureau groups together (one basin or
 * airshed), or redraws them. Rights trade only within an area.
 */
public record OpenTradingArea(
        @TargetAggregateIdentifier TradingAreaId area,
        List<RegionCode> regions,
        Actor by,
        Instant at) {

    public OpenTradingArea {
        Require.nonNull(area, "area");
        Require.nonNull(regions, "regions");
        Require.nonNull(by, "by");
        Require.nonNull(at, "at");
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("a trading area covers at least one region");
        }
        regions = List.copyOf(regions);
    }
}
