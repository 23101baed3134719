package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.ecoledger.common.trading.AllocationId;
import org.ecoledger.common.trading.ClientOrderId;
import org.ecoledger.common.trading.Price;
import org.ecoledger.common.trading.Quantities;
import org.ecoledger.common.trading.QuotaClass;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.trading.TradingAreaId;
import org.ecoledger.common.trading.TradingRefusalReason;
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
import org.ecoledger.common.trading.event.TradeSettled;
import org.ecoledger.trading.api.OrderCancellation;
import org.ecoledger.trading.api.OrderCancelled;
import org.ecoledger.trading.api.OrderPlaced;
import org.ecoledger.trading.api.TradingRequestRefused;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    // for the rule tests (one file per feature)

    static final QuotaClass SO2_SHENZHEN_2027 = new QuotaClass(Pollutant.SO2, RegionCode.of("440300"), 2027);
    static final Actor CHENGDU_REVIEWER = Actor.reviewer("reviewer-3", CHENGDU);

    /** Account numbers where a test opens the seller's account first and the buyer's second. */
    static final long SELLER_ACCOUNT = 1;
    static final long BUYER_ACCOUNT = 2;

    /** An SO2 market with a floor of 50 fen/kg; the paper mill (account 1) holds 1,000 kg and 1 fen, the power plant (account 2) 1,000,000 fen. */
    static List<Object> aMarketWithASellerAndABuyer() {
        return List.of(openSichuan(), so2MarketWithFloor(50), deposit(PAPER_MILL, 1), allocateFree(PAPER_MILL, 1_000), deposit(POWER_PLANT, 1_000_000));
    }

    static AllocateQuota allocate(AllocationId allocationId, EnterpriseId enterprise, long kilograms, long feeFenPerTonne) {
        return new AllocateQuota(SICHUAN, allocationId, enterprise, SO2_CHENGDU_2027, Quantities.kilograms(kilograms),
                Money.ofFen(feeFenPerTonne), REVIEWER, NOW);
    }

    static SetMarketRules so2MarketWithLimits(long floorFenPerKilogram, long referenceFenPerKilogram, int dailyLimitPercent) {
        return new SetMarketRules(SICHUAN, SO2_CHENGDU_2027, Price.ofFenPerKilogram(floorFenPerKilogram),
                Price.ofFenPerKilogram(referenceFenPerKilogram), dailyLimitPercent, Quantities.kilograms(1), REVIEWER, NOW);
    }

    static TradingRequestRefused refused(EnterpriseId enterprise, String request, String reference, TradingRefusalReason reason,
                                         String detail, Actor by) {
        return new TradingRequestRefused(SICHUAN, enterprise, request, reference, reason, detail, by, NOW);
    }

    static OrderPlaced placed(long sequence, EnterpriseId enterprise, String clientOrderId, Side side, long price, long kilograms) {
        return new OrderPlaced(SICHUAN, new OrderId(SICHUAN, sequence), enterprise, ClientOrderId.of(clientOrderId), SO2_CHENGDU_2027, side,
                Price.ofFenPerKilogram(price), Quantities.kilograms(kilograms), userOf(enterprise), NOW);
    }

    static TradeSettled traded(long tradeSequence, EnterpriseId buyer, EnterpriseId seller, long buyOrder, long sellOrder, Side aggressor,
                               long price, long kilograms) {
        return new TradeSettled(SICHUAN, tradeSequence, SO2_CHENGDU_2027, buyer, seller, new OrderId(SICHUAN, buyOrder),
                new OrderId(SICHUAN, sellOrder), aggressor, Price.ofFenPerKilogram(price), Quantities.kilograms(kilograms),
                Money.ofFen(price * kilograms), NOW);
    }

    static OrderCancelled cancelled(long sequence, EnterpriseId enterprise, Side side, long price, long remainingKilograms,
                                    OrderCancellation cause, Actor by) {
        return new OrderCancelled(SICHUAN, new OrderId(SICHUAN, sequence), enterprise, SO2_CHENGDU_2027, side, Price.ofFenPerKilogram(price),
                Quantities.kilograms(remainingKilograms), cause, by, NOW);
    }

    /** An enterprise's account by its number: accounts are numbered 1, 2, … in the order they opened. */
    static Account accountNumbered(TradingLedger ledger, long number) {
        return ledger.allAccounts().filter(a -> a.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no account number " + number));
    }

    /** The one regional reserve a test used (reserves have no account number). */
    static Account onlyReserve(TradingLedger ledger) {
        List<Account> reserves = ledger.allAccounts().filter(a -> a.number() == 0).toList();
        if (reserves.size() != 1) {
            throw new AssertionError("expected one reserve, found " + reserves.size());
        }
        return reserves.get(0);
    }

    static Balance balance(long available, long reserved) {
        Balance balance = new Balance();
        balance.credit(available + reserved);
        balance.reserve(reserved);
        return balance;
    }

    /** Cash in every account and reserve, available and reserved. */
    static long totalCash(TradingLedger ledger) {
        return ledger.allAccounts().mapToLong(a -> a.cash().total()).sum();
    }

    /** Grams of rights in every account and reserve, available and reserved. */
    static long totalGrams(TradingLedger ledger) {
        return ledger.allAccounts().flatMap(a -> a.holdings().values().stream()).mapToLong(Balance::total).sum();
    }

    /**
     * An event, or a part of a ledger snapshot, as the event store holds it when it was written
     * before it had that field: serialized as the service serializes both (Jackson, Spring's object
     * mapper), the field taken out, and read back.
     */
    @SuppressWarnings("unchecked")
    static <T> T storedWithout(String field, T event) {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(Jackson2ObjectMapperBuilder.json().build()).build();
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        try {
            ObjectNode json = (ObjectNode) serializer.getObjectMapper().readTree(stored.getData());
            if (json.remove(field) == null) {
                throw new AssertionError(event.getClass().getSimpleName() + " has no field " + field);
            }
            byte[] older = serializer.getObjectMapper().writeValueAsBytes(json);
            return (T) serializer.deserialize(new SimpleSerializedObject<>(older, byte[].class, stored.getType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
