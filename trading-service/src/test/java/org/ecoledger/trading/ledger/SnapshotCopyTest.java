package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.trading.matching.MarketRules;
import org.ecoledger.trading.matching.MatchSink;
import org.ecoledger.trading.matching.Side;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * A ledger's snapshot is copied while the ledger is locked and serialized after the lock is let
 * go; these are the rules that make that safe.
 */
class SnapshotCopyTest {

    /** As the service serializes snapshots (Axon's Jackson serializer on Spring's object mapper). */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    @Test
    void aCopySerializesExactlyAsTheLedgerAndReadsBackToAnEqualLedger() {
        List<Object> given = new ArrayList<>(List.of(openSichuan(), so2MarketWithFloor(10)));
        for (var trader : List.of(POWER_PLANT, PAPER_MILL, CEMENT_WORKS)) {
            given.add(deposit(trader, 1_000_000));
            given.add(allocateFree(trader, 1_000));
        }
        given.add(sell(POWER_PLANT, "sell-1", 120, 30));
        given.add(sell(POWER_PLANT, "sell-2", 125, 10));
        given.add(buy(PAPER_MILL, "buy-1", 100, 5));
        given.add(buy(CEMENT_WORKS, "buy-2", 122, 40));
        new AggregateTestFixture<>(TradingLedger.class)
                .givenCommands(given)
                .when(cancel(PAPER_MILL, 3))
                .expectState(ledger -> {
                    TradingLedger copy = ledger.copyForSnapshot();
                    // As trees: the members of a hash map may come in another order, which a snapshot does not rely on.
                    JsonNode live = tree(ledger);
                    assertThat(tree(copy)).isEqualTo(live);
                    assertThat(live.toString()).contains("sell-2", "buy-2");
                    assertThat(tree(read(json(copy)))).isEqualTo(live);
                });
    }

    @Test
    void changingAnAccountAfterItWasCopiedLeavesTheCopyAsItWas() {
        Account account = new Account(7);
        account.cash().credit(1_000);
        account.holding(SO2_CHENGDU_2027).credit(500);
        account.rememberBankMovement("deposit:ref-1", 10);
        Account copy = account.copy();
        String before = json(copy);

        account.cash().reserve(400);
        account.holding(SO2_CHENGDU_2027).debit(100);
        account.holding(new org.ecoledger.common.trading.QuotaClass(org.ecoledger.common.value.Pollutant.NOX, CHENGDU, 2027)).credit(9);
        account.rememberBankMovement("deposit:ref-2", 10);
        account.restrictBuying(true);

        assertThat(json(copy)).isEqualTo(before);
        assertThat(copy.recordedBankMovement("deposit:ref-2")).isFalse();
    }

    @Test
    void aMarketCopiedForASnapshotKeepsItsRestingOrdersWhateverTheLiveMarketDoesNext() {
        Market market = new Market(MarketRules.withFloor(10));
        market.book().place(1, 1, Side.SELL, 120, 30, MatchSink.ignoring());
        Market copy = market.copyForSnapshot();

        market.book().place(2, 2, Side.BUY, 125, 10, MatchSink.ignoring());
        market.book().place(3, 2, Side.BUY, 90, 10, MatchSink.ignoring());

        assertThat(copy.snapshot().orders()).hasSize(1).allSatisfy(order -> assertThat(order.remaining()).isEqualTo(30));
        assertThat(market.snapshot().orders()).hasSize(2);
        assertThat(market.book().remainingQuantity(1)).isEqualTo(20);
    }

    @Test
    void theMostRecentClientOrderIdsAreRememberedAndTheOldestForgotten() {
        RecentClientOrders recent = new RecentClientOrders(3);
        for (int i = 1; i <= 5; i++) {
            recent.remember("client-" + i, 100 + i);
        }
        recent.remember("client-4", 200);

        assertThat(recent.orderOf("client-1")).isNull();
        assertThat(recent.orderOf("client-2")).isNull();
        assertThat(recent.orderOf("client-3")).isEqualTo(103);
        assertThat(recent.orderOf("client-4")).isEqualTo(200);
        assertThat(recent.oldestFirst()).containsExactly(Map.entry("client-3", 103L), Map.entry("client-4", 200L), Map.entry("client-5", 105L));
    }

    @Test
    void rememberedClientOrderIdsAreStoredAsAMapOldestFirstAndReadBackTheSame() throws Exception {
        RecentClientOrders recent = new RecentClientOrders(TradingLedger.REMEMBERED_CLIENT_ORDER_IDS);
        for (int i = 0; i < TradingLedger.REMEMBERED_CLIENT_ORDER_IDS + 40; i++) {
            recent.remember("c-" + i, i);
        }
        String stored = JSON.writeValueAsString(recent);
        assertThat(stored).startsWith("{\"c-40\":40,\"c-41\":41,");

        RecentClientOrders read = JSON.readValue(stored, RecentClientOrders.class);
        assertThat(read).isEqualTo(recent);
        assertThat(read.orderOf("c-39")).isNull();
        read.remember("c-next", -1);
        assertThat(read.orderOf("c-40")).isNull();
        assertThat(read.orderOf("c-41")).isEqualTo(41);
    }

    @Test
    void clientOrderIdsRememberedAfterACopyAreNotInTheCopy() {
        RecentClientOrders recent = new RecentClientOrders(2);
        recent.remember("a", 1);
        RecentClientOrders copy = recent.copy();

        recent.remember("b", 2);
        recent.remember("c", 3);

        assertThat(copy.oldestFirst()).containsExactly(Map.entry("a", 1L));
        assertThat(copy.orderOf("b")).isNull();
        copy.remember("d", 4);
        assertThat(recent.orderOf("d")).isNull();
    }

    @Test
    void anOrderRememberedAgainUnderAnIdTheCopyHoldsDoesNotReachTheCopy() {
        RecentClientOrders recent = new RecentClientOrders(4);
        recent.remember("a", 1);
        recent.remember("b", 2);
        RecentClientOrders copy = recent.copy();

        recent.remember("a", 9);
        RecentClientOrders secondCopy = recent.copy();
        recent.remember("b", 8);

        assertThat(copy.oldestFirst()).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));
        assertThat(secondCopy.oldestFirst()).containsExactly(Map.entry("a", 9L), Map.entry("b", 2L));
        assertThat(recent.oldestFirst()).containsExactly(Map.entry("a", 9L), Map.entry("b", 8L));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }

    private static TradingLedger read(String json) {
        try {
            return JSON.readValue(json, TradingLedger.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
