package org.ecoledger.trading.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A recorded stream of order commands for one busy market, with the book it starts from. It is
 * generated once by running the commands against a book and watching what rests, so that cancels
 * name orders that really rest and passive orders really land near the spread.
 *
 * <p>The mix: about half passive orders a few fen behind the best price of their side, 30 %
 * cancels of random resting orders, 20 % aggressive orders priced a few fen through the best
 * opposite price with about one resting order's worth of quantity, which trade and sometimes rest
 * what is left. Prices are fen per kilogram around 2,000 within daily limits of ±10 %, quantities
 * 100 to 5,000 kg, 500 owners (so self-trade prevention happens now and then). When the book
 * drifts more than a fifth away from its target size, cancels and passive orders swap to pull it
 * back, so the stream can be replayed against a book of steady depth.
 */
final class OrderFlow {

    static final byte PLACE = 0;
    static final byte CANCEL = 1;

    static final MarketRules RULES = MarketRules.withFloor(1_500)
            .withDailyLimits(PriceBand.around(2_000, 10))
            .withMinQuantity(100);

    final BookSnapshot start;
    final byte[] kind;
    final long[] orderId;
    final long[] owner;
    final Side[] side;
    final long[] price;
    final long[] quantity;
    final String description;

    private OrderFlow(BookSnapshot start, int commands) {
        this.start = start;
        kind = new byte[commands];
        orderId = new long[commands];
        owner = new long[commands];
        side = new Side[commands];
        price = new long[commands];
        quantity = new long[commands];
        description = "";
    }

    private OrderFlow(OrderFlow flow, String description) {
        start = flow.start;
        kind = flow.kind;
        orderId = flow.orderId;
        owner = flow.owner;
        side = flow.side;
        price = flow.price;
        quantity = flow.quantity;
        this.description = description;
    }

    int size() {
        return kind.length;
    }

    void replay(OrderBook book, MatchSink sink) {
        for (int i = 0; i < kind.length; i++) {
            if (kind[i] == PLACE) {
                book.place(orderId[i], owner[i], side[i], price[i], quantity[i], sink);
            } else {
                book.cancel(orderId[i], owner[i], sink);
            }
        }
    }

    static OrderFlow generate(long seed, int restingOrders, int commands) {
        SplittableRandom random = new SplittableRandom(seed);
        OrderBook book = new FastOrderBook(RULES, restingOrders * 2);
        Live live = new Live();
        long nextId = 1;
        while (live.size() < restingOrders) {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long limit = side == Side.BUY ? 1_999 - depth(random) : 2_001 + depth(random);
            book.place(nextId++, 1 + random.nextInt(500), side, limit, lot(random), live);
        }
        OrderFlow flow = new OrderFlow(book.snapshot(), commands);
        int passive = 0;
        int cancels = 0;
        int aggressive = 0;
        live.trades = 0;
        for (int i = 0; i < commands; i++) {
            int roll = random.nextInt(100);
            boolean tooFew = live.size() < restingOrders * 4 / 5;
            boolean tooMany = live.size() > restingOrders * 6 / 5;
            if (roll >= 80) {
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                long through = 1 + random.nextInt(5);
                long limit = side == Side.BUY ? book.bestAsk().orElse(2_000) + through : book.bestBid().orElse(2_000) - through;
                flow.place(i, nextId++, 1 + random.nextInt(500), side, clamp(limit), lot(random));
                aggressive++;
            } else if ((roll >= 50 && !tooFew) || tooMany) {
                long[] target = live.any(random);
                flow.cancel(i, target[0], target[1]);
                cancels++;
            } else {
                Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
                long limit = side == Side.BUY ? book.bestBid().orElse(1_999) - depth(random) + 1 : book.bestAsk().orElse(2_001) + depth(random) - 1;
                long bestOpposite = side == Side.BUY ? book.bestAsk().orElse(Long.MAX_VALUE) : book.bestBid().orElse(0);
                // Passive means behind the spread: keep it off the opposite best.
                limit = side == Side.BUY ? Math.min(limit, bestOpposite - 1) : Math.max(limit, bestOpposite + 1);
                flow.place(i, nextId++, 1 + random.nextInt(500), side, clamp(limit), lot(random));
                passive++;
            }
            flow.applyLast(i, book, live);
        }
        String description = String.format("%,d commands from a book of %,d resting orders: %.1f %% passive, %.1f %% cancels, "
                        + "%.1f %% aggressive, %.2f trades per command; at the end %,d resting orders at %d bid and %d ask prices",
                commands, restingOrders, 100.0 * passive / commands, 100.0 * cancels / commands, 100.0 * aggressive / commands,
                (double) live.trades / commands, live.size(),
                book.depth(Side.BUY, Integer.MAX_VALUE).size(), book.depth(Side.SELL, Integer.MAX_VALUE).size());
        return new OrderFlow(flow, description);
    }

    private void place(int i, long id, long orderOwner, Side orderSide, long limit, long lot) {
        kind[i] = PLACE;
        orderId[i] = id;
        owner[i] = orderOwner;
        side[i] = orderSide;
        price[i] = limit;
        quantity[i] = lot;
    }

    private void cancel(int i, long id, long orderOwner) {
        kind[i] = CANCEL;
        orderId[i] = id;
        owner[i] = orderOwner;
    }

    private void applyLast(int i, OrderBook book, MatchSink sink) {
        if (kind[i] == PLACE) {
            book.place(orderId[i], owner[i], side[i], price[i], quantity[i], sink);
        } else {
            book.cancel(orderId[i], owner[i], sink);
        }
    }

    /** How far behind the best price a passive order goes: mostly within a few fen. */
    private static long depth(SplittableRandom random) {
        return Math.min(random.nextInt(8) + random.nextInt(8) * random.nextInt(8), 150);
    }

    private static long lot(SplittableRandom random) {
        return 100 + 100L * random.nextInt(50);
    }

    private static long clamp(long limit) {
        return Math.max(RULES.dailyLimits().lowest(), Math.min(RULES.dailyLimits().highest(), limit));
    }

    /** The resting orders, kept from the events, with constant-time removal. */
    private static final class Live implements MatchSink {

        private final List<long[]> orders = new ArrayList<>();
        private final Map<Long, Integer> positions = new HashMap<>();
        long trades;

        int size() {
            return orders.size();
        }

        long[] any(SplittableRandom random) {
            return orders.get(random.nextInt(orders.size()));
        }

        @Override
        public void onAccepted(long orderId, long owner, Side side, long limitPrice, long quantity) {
        }

        @Override
        public void onRejected(long orderId, long owner, RejectionReason reason) {
            throw new IllegalStateException("the generated order " + orderId + " was rejected: " + reason);
        }

        @Override
        public void onTrade(long takerOrderId, long makerOrderId, long takerOwner, long makerOwner,
                            long price, long quantity, Side takerSide, long makerRemaining) {
            trades++;
            if (makerRemaining == 0) {
                remove(makerOrderId);
            }
        }

        @Override
        public void onRested(long orderId, long owner, Side side, long price, long remaining) {
            positions.put(orderId, orders.size());
            orders.add(new long[] {orderId, owner});
        }

        @Override
        public void onCancelled(long orderId, long owner, Side side, long price, long remaining, CancelCause cause) {
            remove(orderId);
        }

        private void remove(long orderId) {
            int at = positions.remove(orderId);
            long[] last = orders.remove(orders.size() - 1);
            if (at < orders.size()) {
                orders.set(at, last);
                positions.put(last[0], at);
            }
        }
    }
}
