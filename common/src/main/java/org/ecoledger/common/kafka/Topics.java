package org.ecoledger.common.kafka;

import org.ecoledger.common.enforcement.event.BlacklistingLifted;
import org.ecoledger.common.enforcement.event.CreditLevelAssigned;
import org.ecoledger.common.enforcement.event.EnterpriseBlacklisted;
import org.ecoledger.common.monitoring.event.DeviceReadingReceived;
import org.ecoledger.common.monitoring.event.DeviceStatusChanged;
import org.ecoledger.common.monitoring.event.MonthlyEmissionTallied;
import org.ecoledger.common.monitoring.event.ViolationFlagCleared;
import org.ecoledger.common.monitoring.event.ViolationFlagContinued;
import org.ecoledger.common.monitoring.event.ViolationFlagRaised;
import org.ecoledger.common.permit.event.PermitAmended;
import org.ecoledger.common.permit.event.PermitCancelled;
import org.ecoledger.common.permit.event.PermitExpired;
import org.ecoledger.common.permit.event.PermitIssued;
import org.ecoledger.common.permit.event.PermitQuotaReleased;
import org.ecoledger.common.permit.event.PermitQuotaRequested;
import org.ecoledger.common.permit.event.PermitReinstated;
import org.ecoledger.common.permit.event.PermitRenewed;
import org.ecoledger.common.permit.event.PermitRevoked;
import org.ecoledger.common.permit.event.PermitSuspended;
import org.ecoledger.common.permit.event.VoluntaryCommitmentRecorded;
import org.ecoledger.common.trading.event.AuctionLotAwarded;
import org.ecoledger.common.trading.event.BuyBackSettled;
import org.ecoledger.common.trading.event.QuotaAllocated;
import org.ecoledger.common.trading.event.QuotaCommitmentFellShort;
import org.ecoledger.common.trading.event.QuotaReinstatedForPermit;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.trading.event.TransferSettled;
import org.ecoledger.common.trading.event.VoluntaryReductionCredited;

import java.util.Map;

/** Every topic that crosses a service boundary. Immutable: names are part of the contract. */
public final class Topics {

    /** Permit lifecycle, keyed by enterprise credit code so that one enterprise's events stay in order. */
    public static final Topic PERMIT_EVENTS = new Topic("permit-events", 6, "enterprise credit code", Map.ofEntries(
            Map.entry("permit-issued", PermitIssued.class),
            Map.entry("permit-amended", PermitAmended.class),
            Map.entry("permit-renewed", PermitRenewed.class),
            Map.entry("permit-suspended", PermitSuspended.class),
            Map.entry("permit-reinstated", PermitReinstated.class),
            Map.entry("permit-revoked", PermitRevoked.class),
            Map.entry("permit-cancelled", PermitCancelled.class),
            Map.entry("permit-expired", PermitExpired.class),
            Map.entry("voluntary-commitment-recorded", VoluntaryCommitmentRecorded.class),
            Map.entry("permit-quota-requested", PermitQuotaRequested.class),
            Map.entry("permit-quota-released", PermitQuotaReleased.class)));

    /** Every HJ 212 frame as received, raw bytes with its connection facts, keyed by MN: the replayable audit trail. */
    public static final Topic RAW_FRAMES = new Topic("hj212-raw-frames", 12, "MN", Map.of());

    /** Authenticated, parsed uploads, keyed by MN; written before the device is acknowledged. */
    public static final Topic DEVICE_READINGS = new Topic("device-readings", 12, "MN", Map.of(
            "device-reading-received", DeviceReadingReceived.class));

    /**
     * Each registered device's status (registry status, connection, last frame and data time, frame
     * counts), keyed by MN and compacted: the newest record of a device is all a consumer needs.
     */
    public static final Topic DEVICE_STATUS = new Topic("device-status", 6, "MN", Map.of(
            "device-status-changed", DeviceStatusChanged.class));

    /** Violations the accounting flags for inspectors, keyed by enterprise credit code. */
    public static final Topic VIOLATION_FLAGS = new Topic("violation-flags", 6, "enterprise credit code", Map.of(
            "violation-flag-raised", ViolationFlagRaised.class,
            "violation-flag-cleared", ViolationFlagCleared.class));

    /**
     * What the accounting counts, as it stands, keyed by enterprise credit code: monthly totals
     * against the year's allowance, and each open flag's duration, peak and hourly evidence. A later
     * record of the same month or flag replaces an earlier one.
     */
    public static final Topic EMISSION_ACCOUNTS = new Topic("emission-accounts", 6, "enterprise credit code", Map.of(
            "monthly-emission-tallied", MonthlyEmissionTallied.class,
            "violation-flag-continued", ViolationFlagContinued.class));

    /** Credit levels and the illegal-discharge blacklist, keyed by enterprise credit code; the trading side enforces the blacklist. */
    public static final Topic ENFORCEMENT_EVENTS = new Topic("enforcement-events", 6, "enterprise credit code", Map.of(
            "credit-level-assigned", CreditLevelAssigned.class,
            "enterprise-blacklisted", EnterpriseBlacklisted.class,
            "blacklisting-lifted", BlacklistingLifted.class));

    /**
     * Every movement of emission rights (allocations, trades, transfers, auctions, buy-backs,
     * retirements for permits), keyed by trading area so that one ledger's events stay in order.
     */
    public static final Topic TRADING_EVENTS = new Topic("trading-events", 6, "trading area", Map.ofEntries(
            Map.entry("quota-allocated", QuotaAllocated.class),
            Map.entry("voluntary-reduction-credited", VoluntaryReductionCredited.class),
            Map.entry("trade-settled", TradeSettled.class),
            Map.entry("transfer-settled", TransferSettled.class),
            Map.entry("auction-lot-awarded", AuctionLotAwarded.class),
            Map.entry("buy-back-settled", BuyBackSettled.class),
            Map.entry("quota-retired-for-permit", QuotaRetiredForPermit.class),
            Map.entry("quota-commitment-fell-short", QuotaCommitmentFellShort.class),
            Map.entry("quota-reinstated-for-permit", QuotaReinstatedForPermit.class)));

    /**
     * What the emission accounting could not account, as it read it (unreadable, of an unknown type,
     * not accountable, or later than it accepts), with headers naming the source topic, partition, offset
     * and reason; read by operators, never by a service.
     */
    public static final Topic ACCOUNTING_DEAD_LETTERS = new Topic("emission-accounting-dead-letters", 6, "the key the accounting read it under",
            Map.of());

    private Topics() {
    }
}
