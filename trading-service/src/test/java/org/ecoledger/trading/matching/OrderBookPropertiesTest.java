package org.ecoledger.trading.matching;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.ecoledger.trading.matching.BookEvent.Accepted;
import org.ecoledger.trading.matching.BookEvent.Cancelled;
import org.ecoledger.trading.matching.BookEvent.Rejected;
import org.ecoledger.trading.matching.BookEvent.Rested;
import org.ecoledger.trading.matching.BookEvent.Trade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the order book over random command streams ({@link OrderStreams}). The first holds
 * the fast book to the reference event by event; the others state the contract independently of
 * either implementation, judging each command's events against the book's snapshot just before
 * it, and hold for both.
 */
class OrderBookPropertiesTest {

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 300)
    void theFastBookReportsTheSameEventsAndKeepsTheSameOrdersAsTheReference(@ForAll("streams") List<BookCommand> commands) {
        OrderBook fast = Implementation.FAST.open(OrderStreams.OPENING_RULES);
        OrderBook reference = Implementation.REFERENCE.open(OrderStreams.OPENING_RULES);
        for (int i = 0; i < commands.size(); i++) {
            BookCommand command = commands.get(i);
            String step = "command " + i + " " + command;
            assertThat(run(fast, command)).as(step).isEqualTo(run(reference, command));
            assertThat(fast.snapshot()).as(step).isEqualTo(reference.snapshot());
            assertThat(fast.depth(Side.BUY, 3)).as(step).isEqualTo(reference.depth(Side.BUY, 3));
            assertThat(fast.depth(Side.SELL, 3)).as(step).isEqualTo(reference.depth(Side.SELL, 3));
        }
        collectStatistics(fast.snapshot(), commands);
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 20)
    void theBooksAgreeOnLongStreamsWithDeepBooks(@ForAll("longStreams") List<BookCommand> commands) {
        OrderBook fast = Implementation.FAST.open(OrderStreams.OPENING_RULES);
        OrderBook reference = Implementation.REFERENCE.open(OrderStreams.OPENING_RULES);
        for (int i = 0; i < commands.size(); i++) {
            assertThat(run(fast, commands.get(i))).as("command " + i + " " + commands.get(i)).isEqualTo(run(reference, commands.get(i)));
        }
        assertThat(fast.snapshot()).isEqualTo(reference.snapshot());
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 200)
    void everyCommandDoesWhatTheContractSays(@ForAll("streams") List<BookCommand> commands, @ForAll Implementation implementation) {
        OrderBook book = implementation.open(OrderStreams.OPENING_RULES);
        for (int i = 0; i < commands.size(); i++) {
            BookCommand command = commands.get(i);
            BookSnapshot before = book.snapshot();
            List<BookEvent> events = run(book, command);
            String step = "command " + i + " " + command + " gave " + events;
            if (command instanceof BookCommand.Place place) {
                ContractOracle.checkPlace(before, place, events, step);
            } else if (command instanceof BookCommand.Cancel cancel) {
                ContractOracle.checkCancel(before, cancel, events, step);
            } else if (command instanceof BookCommand.ChangeRules change) {
                ContractOracle.checkChangeRules(before, change.rules(), events, step);
            }
            if (events.size() == 1 && events.get(0) instanceof Rejected) {
                assertThat(book.snapshot()).as("a rejected command changes nothing: " + step).isEqualTo(before);
            }
            assertThat(book.bestBid().orElse(0)).as("the book is not crossed after " + step)
                    .isLessThan(book.bestAsk().orElse(Long.MAX_VALUE));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 200)
    void everyPlacedQuantityIsTradedCancelledOrStillResting(@ForAll("streams") List<BookCommand> commands, @ForAll Implementation implementation) {
        OrderBook book = implementation.open(OrderStreams.OPENING_RULES);
        Map<Long, Long> placed = new HashMap<>();
        Map<Long, Long> gone = new HashMap<>();
        for (BookCommand command : commands) {
            for (BookEvent event : run(book, command)) {
                if (event instanceof Accepted a) {
                    assertThat(placed.put(a.orderId(), a.quantity())).as("order " + a.orderId() + " accepted twice").isNull();
                } else if (event instanceof Trade t) {
                    gone.merge(t.takerOrderId(), t.quantity(), Long::sum);
                    gone.merge(t.makerOrderId(), t.quantity(), Long::sum);
                } else if (event instanceof Cancelled c) {
                    gone.merge(c.orderId(), c.remaining(), Long::sum);
                }
            }
        }
        assertThat(gone.keySet()).isSubsetOf(placed.keySet());
        placed.forEach((orderId, quantity) -> assertThat(gone.getOrDefault(orderId, 0L) + book.remainingQuantity(orderId))
                .as("order " + orderId).isEqualTo(quantity));
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 200)
    void reservationsKeptFromTheEventsAloneMatchTheRestingOrders(@ForAll("streams") List<BookCommand> commands, @ForAll Implementation implementation) {
        OrderBook book = implementation.open(OrderStreams.OPENING_RULES);
        Reservations reservations = new Reservations();
        for (BookCommand command : commands) {
            run(book, command).forEach(reservations::apply);
            assertThat(reservations.asHeld()).as("after " + command).isEqualTo(Reservations.of(book.snapshot()));
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE, tries = 200)
    void aBookRestoredFromASnapshotMidStreamEndsAsTheUninterruptedOne(
            @ForAll("streams") List<BookCommand> commands, @ForAll @IntRange(max = 100) int cutPercent,
            @ForAll Implementation original, @ForAll Implementation restoredAs) {
        int cut = commands.size() * cutPercent / 100;
        OrderBook uninterrupted = original.open(OrderStreams.OPENING_RULES);
        OrderBook interrupted = original.open(OrderStreams.OPENING_RULES);
        for (BookCommand command : commands.subList(0, cut)) {
            command.applyTo(uninterrupted, MatchSink.ignoring());
            command.applyTo(interrupted, MatchSink.ignoring());
        }
        OrderBook restored = restoredAs.restore(interrupted.snapshot());
        for (BookCommand command : commands.subList(cut, commands.size())) {
            assertThat(run(restored, command)).as(command.toString()).isEqualTo(run(uninterrupted, command));
        }
        assertThat(restored.snapshot()).isEqualTo(uninterrupted.snapshot());
    }

    @Provide
    Arbitrary<List<BookCommand>> streams() {
        return OrderStreams.streams(150);
    }

    @Provide
    Arbitrary<List<BookCommand>> longStreams() {
        return OrderStreams.streams(3_000);
    }

    private static List<BookEvent> run(OrderBook book, BookCommand command) {
        RecordingSink sink = new RecordingSink();
        command.applyTo(book, sink);
        book.checkInvariants();
        return sink.events();
    }

    private static void collectStatistics(BookSnapshot end, List<BookCommand> commands) {
        OrderBook book = Implementation.REFERENCE.open(OrderStreams.OPENING_RULES);
        Map<String, Boolean> seen = new HashMap<>();
        for (BookCommand command : commands) {
            for (BookEvent event : run(book, command)) {
                String kind = event instanceof Rejected r ? r.reason().name()
                        : event instanceof Cancelled c ? c.cause().name()
                        : event.getClass().getSimpleName();
                seen.put(kind, true);
            }
        }
        for (String kind : List.of("Trade", "Rested", "SELF_TRADE_PREVENTION", "OWNER_REQUEST", "OUTSIDE_NEW_RULES",
                "BELOW_FLOOR", "OUTSIDE_DAILY_LIMIT", "DUPLICATE_ORDER_ID", "ORDER_ID_NOT_INCREASING", "UNKNOWN_ORDER", "NOT_OWNER")) {
            Statistics.label(kind).collect(seen.containsKey(kind) ? "seen" : "not seen");
        }
        Statistics.label("resting at the end").collect(end.orders().size() < 10 ? "<10" : end.orders().size() < 40 ? "10-39" : "40+");
    }
}
