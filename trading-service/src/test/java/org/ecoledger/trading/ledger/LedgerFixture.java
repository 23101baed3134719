package org.ecoledger.trading.ledger;

import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.command.AllocateQuota;
import org.ecoledger.common.trading.command.CancelOrder;
import org.ecoledger.common.trading.command.DepositCash;
import org.ecoledger.common.trading.command.OpenTradingArea;
import org.ecoledger.common.trading.command.PlaceOrder;
import org.ecoledger.common.trading.command.SetMarketRules;
import org.ecoledger.common.trading.OrderId;
import org.ecoledger.common.value.Actor;
import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.common.value.Money;
import org.ecoledger.common.value.Pollutant;
import org.ecoledger.common.value.RegionCode;

import java.time.Instant;
import java.util.List;

/** Data for ledger tests, named by intention: a Sichuan area with two Chengdu enterprises and one in Mianyang. */
final class LedgerFixture {

    static final TradingAreaId SICHUAN = TradingAreaId.of("sichuan");
    static final RegionCode CHENGDU = RegionCode.of("510100");
    static final EnterpriseId POWER_PLANT = EnterpriseId.of("91510104MA6CHP001C");
    static final EnterpriseId PAPER_MILL = EnterpriseId.of("91510700MA6MYP002G");
    static final EnterpriseId CEMENT_WORKS = enterprise("91510105MA6CEM00");
    static final EnterpriseId OUTSIDER = enterprise("91440300MA5GX100");
    static final QuotaClass SO2_CHENGDU_2027 = new QuotaClass(Pollutant.SO2, CHENGDU, 2027);
    static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    static final Actor ADMIN = Actor.admin("admin-1");
    static final Actor SYSTEM = Actor.system("permit-saga");
    static final Actor BANK = Actor.settlementBank("bank-1");
    static final Actor REVIEWER = Actor.reviewer("reviewer-1", RegionCode.of("510000"));
    static final Actor MIANYANG_REVIEWER = Actor.reviewer("reviewer-2", RegionCode.of("510700"));

    private LedgerFixture() {
    }

    static EnterpriseId enterprise(String first16) {
        String first17 = first16 + "1";
        return EnterpriseId.of(first17 + EnterpriseId.checkCharacter(first17));
    }

    static Actor userOf(EnterpriseId enterprise) {
        return Actor.enterprise("user-" + enterprise.value(), enterprise);
    }

    static OpenTradingArea openSichuan() {
        return new OpenTradingArea(SICHUAN, List.of(RegionCode.of("510000")), ADMIN, NOW);
    }

    static SetMarketRules so2MarketWithFloor(long floorFenPerKilogram) {
        return new SetMarketRules(SICHUAN, SO2_CHENGDU_2027, Price.ofFenPerKilogram(floorFenPerKilogram), null, 0,
                Quantities.kilograms(1), REVIEWER, NOW);
    }

    static DepositCash deposit(EnterpriseId enterprise, long fen) {
        return new DepositCash(SICHUAN, enterprise, Money.ofFen(fen), "bank-ref-" + fen, BANK, NOW);
    }

    static AllocateQuota allocateFree(EnterpriseId enterprise, long kilograms) {
        return new AllocateQuota(SICHUAN, AllocationId.random(), enterprise, SO2_CHENGDU_2027, Quantities.kilograms(kilograms),
                Money.ZERO, REVIEWER, NOW);
    }

    static PlaceOrder buy(EnterpriseId enterprise, String clientOrderId, long price, long kilograms) {
        return order(enterprise, clientOrderId, Side.BUY, price, kilograms);
    }

    static PlaceOrder sell(EnterpriseId enterprise, String clientOrderId, long price, long kilograms) {
        return order(enterprise, clientOrderId, Side.SELL, price, kilograms);
    }

    static PlaceOrder order(EnterpriseId enterprise, String clientOrderId, Side side, long price, long kilograms) {
        return new PlaceOrder(SICHUAN, enterprise, ClientOrderId.of(clientOrderId), SO2_CHENGDU_2027, side,
                Price.ofFenPerKilogram(price), Quantities.kilograms(kilograms), userOf(enterprise), NOW);
    }

    static CancelOrder cancel(EnterpriseId enterprise, long sequence) {
        return new CancelOrder(SICHUAN, enterprise, new OrderId(SICHUAN, sequence), userOf(enterprise), NOW);
    }
}
