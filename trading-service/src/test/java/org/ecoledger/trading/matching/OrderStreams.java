package org.ecoledger.trading.matching;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * Random command streams for one book: mostly orders on a 5-fen grid, bids from 1,880 and asks
 * from 1,960 fen/kg up to 160 fen higher (so that orders share prices, often cross the spread and
 * sometimes fall below the floor), cancels of recent orders (some by the wrong owner, some of orders already gone), a few
 * repeated or stale IDs, and now and then new rules. Four owners, so self-trades come up often.
 *
 * <p>Streams are drawn as shrinkable steps and only then turned into commands, so that a failure
 * shrinks to a short stream.
 */
final class OrderStreams {

    static final MarketRules OPENING_RULES = MarketRules.withFloor(1_900);
    static final int OWNERS = 4;

    private OrderStreams() {
    }

    static Arbitrary<List<BookCommand>> streams(int maxSize) {
        return steps().list().ofMinSize(maxSize / 5).ofMaxSize(maxSize).map(OrderStreams::commands);
    }

    private sealed interface Step {
    }

    private record PlaceStep(int owner, Side side, long price, long quantity, int idsBack) implements Step {
    }

    private record CancelStep(int ordersBack, boolean byOwner) implements Step {
    }

    private record RulesStep(MarketRules rules) implements Step {
    }

    private static Arbitrary<Step> steps() {
        Arbitrary<Integer> idsBack = Arbitraries.frequencyOf(
                Tuple.of(95, Arbitraries.just(0)),
                Tuple.of(5, Arbitraries.integers().between(1, 6)));
        Arbitrary<Step> place = Combinators.combine(
                Arbitraries.integers().between(1, OWNERS),
                Arbitraries.of(Side.class),
                Arbitraries.integers().between(0, 32),
                Arbitraries.frequencyOf(
                        Tuple.of(80, Arbitraries.longs().between(1, 40)),
                        Tuple.of(20, Arbitraries.longs().between(41, 300))),
                idsBack).as((owner, side, tick, quantity, back) ->
                        new PlaceStep(owner, side, (side == Side.BUY ? 1_880L : 1_960L) + 5L * tick, quantity, back));
        Arbitrary<Step> cancel = Combinators.combine(
                Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 9).map(i -> i != 0)).as(CancelStep::new);
        Arbitrary<Step> rules = Combinators.combine(
                Arbitraries.integers().between(0, 10).map(k -> 1_850L + 10L * k),
                Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(PriceBand.UNLIMITED)),
                        Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1_950, 2_050), Arbitraries.integers().between(0, 8))
                                .as(PriceBand::around))),
                Arbitraries.integers().between(1, 5)).as((floor, band, min) -> new RulesStep(new MarketRules(floor, band, min)));
        return Arbitraries.frequencyOf(Tuple.of(62, place), Tuple.of(35, cancel), Tuple.of(3, rules));
    }

    private static List<BookCommand> commands(List<Step> steps) {
        List<BookCommand> commands = new ArrayList<>(steps.size());
        List<BookCommand.Place> placed = new ArrayList<>();
        long nextId = 1;
        for (Step step : steps) {
            if (step instanceof PlaceStep p) {
                long id = p.idsBack() == 0 ? nextId++ : Math.max(1, nextId - p.idsBack());
                BookCommand.Place place = new BookCommand.Place(id, p.owner(), p.side(), p.price(), p.quantity());
                placed.add(place);
                commands.add(place);
            } else if (step instanceof CancelStep c) {
                if (placed.isEmpty()) {
                    commands.add(new BookCommand.Cancel(1, 1));
                } else {
                    BookCommand.Place target = placed.get(Math.max(0, placed.size() - 1 - c.ordersBack()));
                    long owner = c.byOwner() ? target.owner() : target.owner() % OWNERS + 1;
                    commands.add(new BookCommand.Cancel(target.orderId(), owner));
                }
            } else if (step instanceof RulesStep r) {
                commands.add(new BookCommand.ChangeRules(r.rules()));
            }
        }
        return commands;
    }
}
