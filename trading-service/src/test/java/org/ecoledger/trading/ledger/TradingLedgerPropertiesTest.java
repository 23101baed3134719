package org.ecoledger.trading.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.ecoledger.common.trading.Side;
import org.ecoledger.common.value.EnterpriseId;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecoledger.trading.ledger.LedgerFixture.*;

/**
 * Random streams of deposits, allocations, orders and cancellations by three enterprises. After
 * every stream: rights and cash are conserved, nothing is negative, and every reservation equals
 * what the open orders hold. The Axon fixture also rebuilds the ledger from its events after each
 * stream and fails if the rebuilt state differs from the live one.
 */
class TradingLedgerPropertiesTest {

    private static final List<EnterpriseId> TRADERS = List.of(POWER_PLANT, PAPER_MILL, CEMENT_WORKS);
    private static final long DEPOSIT = 2_000_000;
    private static final long ALLOCATION_KILOGRAMS = 5_000;

    @Property(tries = 60)
    void rightsAndCashAreConservedAndEveryReservationIsHeldByAnOpenOrder(@ForAll("orderStreams") List<Object> orders) {
        List<Object> given = new ArrayList<>(List.of(openSichuan(), so2MarketWithFloor(10)));
        for (EnterpriseId trader : TRADERS) {
            given.add(deposit(trader, DEPOSIT));
            given.add(allocateFree(trader, ALLOCATION_KILOGRAMS));
        }
        // One batch, as the order gateway sends them: a cancel of another's order fails alone, as it would over HTTP.
        new AggregateTestFixture<>(TradingLedger.class)
                .givenCommands(given)
                .when(new ExecuteOrders(SICHUAN, orders))
                .expectState(ledger -> {
                    List<Account> accounts = ledger.allAccounts().toList();
                    long cash = accounts.stream().mapToLong(a -> a.cash().total()).sum();
                    long grams = accounts.stream().flatMap(a -> a.holdings().values().stream()).mapToLong(Balance::total).sum();
                    assertThat(cash).isEqualTo(DEPOSIT * TRADERS.size());
                    assertThat(grams).isEqualTo(ALLOCATION_KILOGRAMS * 1_000 * TRADERS.size());
                    accounts.forEach(a -> {
                        assertThat(a.cash().available()).isNotNegative();
                        assertThat(a.cash().reserved()).isNotNegative();
                        a.holdings().values().forEach(h -> assertThat(h.available()).isNotNegative());
                    });
                    long reservedCash = accounts.stream().mapToLong(a -> a.cash().reserved()).sum();
                    long reservedGrams = accounts.stream().flatMap(a -> a.holdings().values().stream()).mapToLong(Balance::reserved).sum();
                    assertThat(reservedCash).isEqualTo(ledger.openOrders().stream().filter(o -> o.side() == Side.BUY)
                            .mapToLong(o -> o.limitPrice() * o.remainingKilograms()).sum());
                    assertThat(reservedGrams).isEqualTo(ledger.openOrders().stream().filter(o -> o.side() == Side.SELL)
                            .mapToLong(o -> o.remainingKilograms() * 1_000).sum());
                });
    }

    @Provide
    Arbitrary<List<Object>> orderStreams() {
        Arbitrary<Object> place = Combinators.combine(
                Arbitraries.of(TRADERS), Arbitraries.of(Side.values()), Arbitraries.longs().between(10, 40), Arbitraries.longs().between(1, 800),
                Arbitraries.strings().alpha().ofLength(6))
                .as((trader, side, price, kilograms, client) -> order(trader, client, side, price, kilograms));
        Arbitrary<Object> cancel = Combinators.combine(Arbitraries.of(TRADERS), Arbitraries.longs().between(1, 60))
                .as(LedgerFixture::cancel);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, place),
                net.jqwik.api.Tuple.of(2, cancel)).list().ofMinSize(1).ofMaxSize(60);
    }
}
