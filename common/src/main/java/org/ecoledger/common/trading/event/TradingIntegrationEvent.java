package org.ecoledger.common.trading.event;

import org.ecoledger.common.trading.HoldingChange;
import org.ecoledger.common.trading.TradingAreaId;

import java.time.Instant;
import java.util.List;

/**
 * What trading-service publishes on {@code trading-events}: every way rights enter, move between
 * or leave enterprises' accounts, and the answer to a permit's request for rights. Keyed by the
 * trading area, so one area's events stay in the order its ledger decided them.
 */
public sealed interface TradingIntegrationEvent permits QuotaAllocated, VoluntaryReductionCredited, TradeSettled, TransferSettled, AuctionLotAwarded, BuyBackSettled, QuotaRetiredForPermit, QuotaCommitmentFellShort,
        QuotaReinstatedForPermit {

    TradingAreaId area();

    Instant at();

    /** The settled holdings this event changed, per enterprise; empty when none moved. */
    List<HoldingChange> holdingChanges();
}
