package org.ecoledger.trading.matching;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The order book written the simple way: one sorted map of price to a first-in-first-out queue per
 * side, and a map of the resting orders by ID. It is the specification that {@link FastOrderBook}
 * is tested against, and fast enough for a quiet market.
 */
public final class ReferenceOrderBook implements OrderBook {

    private final TreeMap<Long, ArrayDeque<Order>> bids = new TreeMap<>(Comparator.reverseOrder());
    private final TreeMap<Long, ArrayDeque<Order>> asks = new TreeMap<>();
    private final Map<Long, Order> orders = new HashMap<>();
    private MarketRules rules;
    private long lastOrderId;

    public ReferenceOrderBook(MarketRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static ReferenceOrderBook restore(BookSnapshot snapshot) {
        ReferenceOrderBook book = new ReferenceOrderBook(snapshot.rules());
        book.lastOrderId = snapshot.lastOrderId();
        for (RestingOrder o : snapshot.orders()) {
            book.rest(new Order(o.orderId(), o.owner(), o.side(), o.price(), o.remaining()));
        }
        return book;
    }

    /** The specification needs no speed: it copies through its snapshot. */
    @Override
    public OrderBook copy() {
        return restore(snapshot());
    }

    @Override
    public void place(long orderId, long owner, Side side, long limitPrice, long quantity, MatchSink sink) {
        OrderInput.requireWellFormed(orderId, side, limitPrice, quantity, sink);
        RejectionReason broken = orders.containsKey(orderId) ? RejectionReason.DUPLICATE_ORDER_ID
                : orderId <= lastOrderId ? RejectionReason.ORDER_ID_NOT_INCREASING
                : OrderInput.brokenRule(rules, limitPrice, quantity);
        if (broken != null) {
            sink.onRejected(orderId, owner, broken);
            return;
        }
        lastOrderId = orderId;
        sink.onAccepted(orderId, owner, side, limitPrice, quantity);
        Order taker = new Order(orderId, owner, side, limitPrice, quantity);
        TreeMap<Long, ArrayDeque<Order>> opposite = side == Side.BUY ? asks : bids;
        while (taker.remaining > 0 && !opposite.isEmpty()) {
            long bestPrice = opposite.firstKey();
            boolean crosses = side == Side.BUY ? bestPrice <= limitPrice : bestPrice >= limitPrice;
            if (!crosses) {
                break;
            }
            Order maker = opposite.firstEntry().getValue().peekFirst();
            if (maker.owner == owner) {
                remove(maker);
                sink.onCancelled(maker.id, maker.owner, maker.side, maker.price, maker.remaining, CancelCause.SELF_TRADE_PREVENTION);
                continue;
            }
            long traded = Math.min(taker.remaining, maker.remaining);
            taker.remaining -= traded;
            maker.remaining -= traded;
            if (maker.remaining == 0) {
                remove(maker);
            }
            sink.onTrade(orderId, maker.id, owner, maker.owner, maker.price, traded, side, maker.remaining);
        }
        if (taker.remaining > 0) {
            rest(taker);
            sink.onRested(orderId, owner, side, limitPrice, taker.remaining);
        }
    }

    @Override
    public void cancel(long orderId, long owner, MatchSink sink) {
        Objects.requireNonNull(sink, "sink");
        Order order = orders.get(orderId);
        if (order == null) {
            sink.onRejected(orderId, owner, RejectionReason.UNKNOWN_ORDER);
        } else if (order.owner != owner) {
            sink.onRejected(orderId, owner, RejectionReason.NOT_OWNER);
        } else {
            remove(order);
            sink.onCancelled(orderId, owner, order.side, order.price, order.remaining, CancelCause.OWNER_REQUEST);
        }
    }

    @Override
    public void changeRules(MarketRules newRules, MatchSink sink) {
        Objects.requireNonNull(newRules, "rules");
        Objects.requireNonNull(sink, "sink");
        rules = newRules;
        for (Order order : inPriorityOrder()) {
            if (!newRules.allowsPrice(order.price)) {
                remove(order);
                sink.onCancelled(order.id, order.owner, order.side, order.price, order.remaining, CancelCause.OUTSIDE_NEW_RULES);
            }
        }
    }

    @Override
    public MarketRules rules() {
        return rules;
    }

    @Override
    public long lastOrderId() {
        return lastOrderId;
    }

    @Override
    public OptionalLong bestBid() {
        return bids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(bids.firstKey());
    }

    @Override
    public OptionalLong bestAsk() {
        return asks.isEmpty() ? OptionalLong.empty() : OptionalLong.of(asks.firstKey());
    }

    @Override
    public List<PriceLevel> depth(Side side, int levels) {
        List<PriceLevel> depth = new ArrayList<>();
        Iterator<Map.Entry<Long, ArrayDeque<Order>>> it = (side == Side.BUY ? bids : asks).entrySet().iterator();
        while (it.hasNext() && depth.size() < levels) {
            Map.Entry<Long, ArrayDeque<Order>> level = it.next();
            long quantity = level.getValue().stream().mapToLong(o -> o.remaining).sum();
            depth.add(new PriceLevel(level.getKey(), quantity, level.getValue().size()));
        }
        return depth;
    }

    @Override
    public long remainingQuantity(long orderId) {
        Order order = orders.get(orderId);
        return order == null ? 0 : order.remaining;
    }

    @Override
    public Optional<RestingOrder> restingOrder(long orderId) {
        return Optional.ofNullable(orders.get(orderId)).map(Order::toRecord);
    }

    @Override
    public int restingOrderCount() {
        return orders.size();
    }

    @Override
    public BookSnapshot snapshot() {
        return new BookSnapshot(rules, lastOrderId, inPriorityOrder().stream().map(Order::toRecord).toList());
    }

    @Override
    public void checkInvariants() {
        int counted = 0;
        for (TreeMap<Long, ArrayDeque<Order>> ladder : List.of(bids, asks)) {
            for (Map.Entry<Long, ArrayDeque<Order>> level : ladder.entrySet()) {
                check(!level.getValue().isEmpty(), "an empty queue at " + level.getKey());
                long previousId = 0;
                for (Order order : level.getValue()) {
                    check(order.price == level.getKey(), "order " + order.id + " queued at the wrong price");
                    check(order.side == (ladder == bids ? Side.BUY : Side.SELL), "order " + order.id + " on the wrong side");
                    check(order.remaining > 0, "order " + order.id + " rests with nothing left");
                    check(order.id > previousId && order.id <= lastOrderId, "order " + order.id + " out of time order");
                    check(orders.get(order.id) == order, "order " + order.id + " missing from the index");
                    check(rules.allowsPrice(order.price), "order " + order.id + " rests at a price the rules forbid");
                    previousId = order.id;
                    counted++;
                }
            }
        }
        check(counted == orders.size(), "the index holds " + orders.size() + " orders, the queues " + counted);
        check(bids.isEmpty() || asks.isEmpty() || bids.firstKey() < asks.firstKey(), "the book is crossed");
    }

    private List<Order> inPriorityOrder() {
        List<Order> all = new ArrayList<>(orders.size());
        bids.values().forEach(all::addAll);
        asks.values().forEach(all::addAll);
        return all;
    }

    private void rest(Order order) {
        (order.side == Side.BUY ? bids : asks).computeIfAbsent(order.price, p -> new ArrayDeque<>()).addLast(order);
        orders.put(order.id, order);
    }

    private void remove(Order order) {
        TreeMap<Long, ArrayDeque<Order>> ladder = order.side == Side.BUY ? bids : asks;
        ArrayDeque<Order> queue = ladder.get(order.price);
        queue.remove(order);
        if (queue.isEmpty()) {
            ladder.remove(order.price);
        }
        orders.remove(order.id);
    }

    private static void check(boolean holds, String broken) {
        if (!holds) {
            throw new IllegalStateException(broken);
        }
    }

    private static final class Order {
        final long id;
        final long owner;
        final Side side;
        final long price;
        long remaining;

        Order(long id, long owner, Side side, long price, long remaining) {
            this.id = id;
            this.owner = owner;
            this.side = side;
            this.price = price;
            this.remaining = remaining;
        }

        RestingOrder toRecord() {
            return new RestingOrder(id, owner, side, price, remaining);
        }
    }
}
