package org.ecoledger.monitoring.accounting;

import org.ecoledger.common.permit.PermitId;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.BuyBackId;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.RetiredQuota;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.event.BuyBackSettled;
import org.ecoledger.common.trading.event.QuotaAllocated;
import org.ecoledger.common.trading.event.QuotaReinstatedForPermit;
import org.ecoledger.common.trading.event.QuotaRetiredForPermit;
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.common.trading.event.TradingIntegrationEvent;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Mass;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.ecoledger.monitoring.accounting.AccountingFixture.REVIEWER;

/** Trading events as trading-service settles them, in whole kilograms like its orders. */
final class TradingFixture {

    static final TradingAreaId SICHUAN = TradingAreaId.of("sichuan");
    private static final Price PRICE = Price.ofFenPerKilogram(120);

    private TradingFixture() {
    }

    static QuotaClass rights(Pollutant pollutant, String region, int vintage) {
        return new QuotaClass(pollutant, RegionCode.of(region), vintage);
    }

    static TradeSettled trade(long sequence, QuotaClass quotaClass, EnterpriseId buyer, EnterpriseId seller, long grams, Instant at) {
        Mass quantity = Mass.ofGrams(grams);
        return new TradeSettled(SICHUAN, sequence, quotaClass, buyer, seller, new OrderId(SICHUAN, 2 * sequence),
                new OrderId(SICHUAN, 2 * sequence + 1), Side.BUY, PRICE, quantity, PRICE.valueOf(quantity), at);
    }

    static QuotaAllocated allocated(EnterpriseId enterprise, QuotaClass quotaClass, long grams, Instant at) {
        return new QuotaAllocated(SICHUAN, AllocationId.random(), enterprise, quotaClass, Mass.ofGrams(grams), Money.ZERO, Money.ZERO,
                REVIEWER, at);
    }

    static BuyBackSettled boughtBack(EnterpriseId seller, QuotaClass quotaClass, long grams, Instant at) {
        Mass quantity = Mass.ofGrams(grams);
        return new BuyBackSettled(SICHUAN, BuyBackId.random(), seller, quotaClass, quantity, PRICE, PRICE.valueOf(quantity), REVIEWER, at);
    }

    static QuotaRetiredForPermit retiredForPermit(EnterpriseId enterprise, PermitId permit, List<RetiredQuota> retired, Instant at) {
        return new QuotaRetiredForPermit(SICHUAN, enterprise, permit, 1, retired, REVIEWER, at);
    }

    /** What a retirement took back, for a permit version that never took effect. */
    static QuotaReinstatedForPermit reinstatedForPermit(QuotaRetiredForPermit retirement, Instant at) {
        return new QuotaReinstatedForPermit(SICHUAN, retirement.enterprise(), retirement.permitId(), retirement.permitVersion(),
                retirement.retired(), REVIEWER, at);
    }

    /**
     * A trading event that makes just this one holding change, so that the driver can feed the
     * reference's inputs one by one through {@code trading-events}: an allocation for a gain, a
     * buy-back for a loss, published under the change's trading event ID.
     */
    static TradingIntegrationEvent carrying(AccountingInput.HoldingChangeArrived arrived) {
        long delta = arrived.change().deltaGrams();
        String id = UUID.nameUUIDFromBytes(arrived.deduplicationKey().getBytes(StandardCharsets.UTF_8)).toString();
        return delta > 0
                ? new QuotaAllocated(SICHUAN, AllocationId.of(id), arrived.enterprise(), arrived.quotaClass(), Mass.ofGrams(delta),
                        Money.ZERO, Money.ZERO, REVIEWER, arrived.at())
                : new BuyBackSettled(SICHUAN, BuyBackId.of(id), arrived.enterprise(), arrived.quotaClass(), Mass.ofGrams(-delta), PRICE,
                        Money.ZERO, REVIEWER, arrived.at());
    }
}
