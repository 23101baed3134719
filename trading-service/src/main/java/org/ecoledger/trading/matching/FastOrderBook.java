package org.ecoledger.trading.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The order book on primitive arrays, for a busy market: it allocates nothing while it places,
 * matches and cancels, except when an array has to grow.
 *
 * <ul>
 *   <li>Orders live in parallel arrays indexed by a slot number; the orders of one price form an
 *       intrusive doubly-linked first-in-first-out list through {@code next} and {@code prev}, so
 *       a cancel unlinks in constant time. Free slots are chained through {@code next}.</li>
 *   <li>Price levels live in parallel arrays too, with their own free chain. Each side keeps its
 *       levels in a sorted array with the best price at the end, where nearly all insertions and
 *       removals happen, so shifting is short and the best level is one read.</li>
 *   <li>An open-addressing {@link LongIntMap} finds an order's slot by ID.</li>
 * </ul>
 *
 * It follows the same contract as {@link ReferenceOrderBook}, which is its specification.
 */
public final class FastOrderBook implements OrderBook {

    private static final int NONE = -1;

    private MarketRules rules;
    private long lastOrderId;

    private long[] orderIds;
    private long[] orderOwners;
    private long[] orderRemaining;
    private int[] orderLevel;
    private int[] orderNext;
    private int[] orderPrev;
    private int freeOrder = NONE;
    private int orderSlotsUsed;
    private final LongIntMap slotById;

    private long[] levelPrice;
    private long[] levelQuantity;
    private int[] levelOrders;
    private int[] levelHead;
    private int[] levelTail;
    private boolean[] levelIsBid;
    private int freeLevel = NONE;
    private int levelSlotsUsed;

    private final Ladder bids;
    private final Ladder asks;

    public FastOrderBook(MarketRules rules) {
        this(rules, 1024);
    }

    /** A book with room for about {@code expectedOrders} resting orders before any array grows. */
    public FastOrderBook(MarketRules rules, int expectedOrders) {
        this.rules = Objects.requireNonNull(rules, "rules");
        int orders = Math.max(16, expectedOrders);
        orderIds = new long[orders];
        orderOwners = new long[orders];
        orderRemaining = new long[orders];
        orderLevel = new int[orders];
        orderNext = new int[orders];
        orderPrev = new int[orders];
        slotById = new LongIntMap(orders);
        int levels = 64;
        levelPrice = new long[levels];
        levelQuantity = new long[levels];
        levelOrders = new int[levels];
        levelHead = new int[levels];
        levelTail = new int[levels];
        levelIsBid = new boolean[levels];
        bids = new Ladder(true);
        asks = new Ladder(false);
    }

    /** Copies array by array, with no work per order, since the ledger waits for it. */
    private FastOrderBook(FastOrderBook original) {
        rules = original.rules;
        lastOrderId = original.lastOrderId;
        orderIds = original.orderIds.clone();
        orderOwners = original.orderOwners.clone();
        orderRemaining = original.orderRemaining.clone();
        orderLevel = original.orderLevel.clone();
        orderNext = original.orderNext.clone();
        orderPrev = original.orderPrev.clone();
        freeOrder = original.freeOrder;
        orderSlotsUsed = original.orderSlotsUsed;
        slotById = original.slotById.copy();
        levelPrice = original.levelPrice.clone();
        levelQuantity = original.levelQuantity.clone();
        levelOrders = original.levelOrders.clone();
        levelHead = original.levelHead.clone();
        levelTail = original.levelTail.clone();
        levelIsBid = original.levelIsBid.clone();
        freeLevel = original.freeLevel;
        levelSlotsUsed = original.levelSlotsUsed;
        bids = new Ladder(original.bids);
        asks = new Ladder(original.asks);
    }

    @Override
    public OrderBook copy() {
        return new FastOrderBook(this);
    }

    public static FastOrderBook restore(BookSnapshot snapshot) {
        FastOrderBook book = new FastOrderBook(snapshot.rules(), snapshot.orders().size() + 1024);
        book.lastOrderId = snapshot.lastOrderId();
        for (RestingOrder o : snapshot.orders()) {
            book.rest(o.orderId(), o.owner(), o.side() == Side.BUY, o.price(), o.remaining());
        }
        return book;
    }

    @Override
    public void place(long orderId, long owner, Side side, long limitPrice, long quantity, MatchSink sink) {
        OrderInput.requireWellFormed(orderId, side, limitPrice, quantity, sink);
        RejectionReason broken = slotById.get(orderId) != LongIntMap.MISSING ? RejectionReason.DUPLICATE_ORDER_ID
                : orderId <= lastOrderId ? RejectionReason.ORDER_ID_NOT_INCREASING
                : OrderInput.brokenRule(rules, limitPrice, quantity);
        if (broken != null) {
            sink.onRejected(orderId, owner, broken);
            return;
        }
        lastOrderId = orderId;
        sink.onAccepted(orderId, owner, side, limitPrice, quantity);
        boolean buy = side == Side.BUY;
        Ladder opposite = buy ? asks : bids;
        long left = quantity;
        while (left > 0 && opposite.count > 0) {
            int level = opposite.levels[opposite.count - 1];
            long price = levelPrice[level];
            if (buy ? price > limitPrice : price < limitPrice) {
                break;
            }
            int maker = levelHead[level];
            long makerId = orderIds[maker];
            long makerOwner = orderOwners[maker];
            long makerLeft = orderRemaining[maker];
            if (makerOwner == owner) {
                remove(maker);
                sink.onCancelled(makerId, makerOwner, side.opposite(), price, makerLeft, CancelCause.SELF_TRADE_PREVENTION);
                continue;
            }
            long traded = Math.min(left, makerLeft);
            left -= traded;
            makerLeft -= traded;
            if (makerLeft == 0) {
                remove(maker);
            } else {
                orderRemaining[maker] = makerLeft;
                levelQuantity[level] -= traded;
            }
            sink.onTrade(orderId, makerId, owner, makerOwner, price, traded, side, makerLeft);
        }
        if (left > 0) {
            rest(orderId, owner, buy, limitPrice, left);
            sink.onRested(orderId, owner, side, limitPrice, left);
        }
    }

    @Override
    public void cancel(long orderId, long owner, MatchSink sink) {
        Objects.requireNonNull(sink, "sink");
        int slot = slotById.get(orderId);
        if (slot == LongIntMap.MISSING) {
            sink.onRejected(orderId, owner, RejectionReason.UNKNOWN_ORDER);
            return;
        }
        if (orderOwners[slot] != owner) {
            sink.onRejected(orderId, owner, RejectionReason.NOT_OWNER);
            return;
        }
        int level = orderLevel[slot];
        Side side = levelIsBid[level] ? Side.BUY : Side.SELL;
        long price = levelPrice[level];
        long remaining = orderRemaining[slot];
        remove(slot);
        sink.onCancelled(orderId, owner, side, price, remaining, CancelCause.OWNER_REQUEST);
    }

    @Override
    public void changeRules(MarketRules newRules, MatchSink sink) {
        Objects.requireNonNull(newRules, "rules");
        Objects.requireNonNull(sink, "sink");
        rules = newRules;
        for (Ladder ladder : new Ladder[] {bids, asks}) {
            Side side = ladder.bid ? Side.BUY : Side.SELL;
            // Walk from the best level down; removing a level only shifts the ones already walked.
            for (int i = ladder.count - 1; i >= 0; i--) {
                int level = ladder.levels[i];
                long price = levelPrice[level];
                if (newRules.allowsPrice(price)) {
                    continue;
                }
                for (int slot = levelHead[level], next; slot != NONE; slot = next) {
                    next = orderNext[slot];
                    long orderId = orderIds[slot];
                    long owner = orderOwners[slot];
                    long remaining = orderRemaining[slot];
                    remove(slot);
                    sink.onCancelled(orderId, owner, side, price, remaining, CancelCause.OUTSIDE_NEW_RULES);
                }
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
        return bids.count == 0 ? OptionalLong.empty() : OptionalLong.of(levelPrice[bids.best()]);
    }

    @Override
    public OptionalLong bestAsk() {
        return asks.count == 0 ? OptionalLong.empty() : OptionalLong.of(levelPrice[asks.best()]);
    }

    @Override
    public List<PriceLevel> depth(Side side, int levels) {
        Ladder ladder = side == Side.BUY ? bids : asks;
        List<PriceLevel> depth = new ArrayList<>();
        for (int i = ladder.count - 1; i >= 0 && depth.size() < levels; i--) {
            int level = ladder.levels[i];
            depth.add(new PriceLevel(levelPrice[level], levelQuantity[level], levelOrders[level]));
        }
        return depth;
    }

    @Override
    public long remainingQuantity(long orderId) {
        int slot = slotById.get(orderId);
        return slot == LongIntMap.MISSING ? 0 : orderRemaining[slot];
    }

    @Override
    public Optional<RestingOrder> restingOrder(long orderId) {
        int slot = slotById.get(orderId);
        return slot == LongIntMap.MISSING ? Optional.empty() : Optional.of(toRecord(slot));
    }

    @Override
    public int restingOrderCount() {
        return slotById.size();
    }

    @Override
    public BookSnapshot snapshot() {
        List<RestingOrder> orders = new ArrayList<>(slotById.size());
        for (Ladder ladder : new Ladder[] {bids, asks}) {
            for (int i = ladder.count - 1; i >= 0; i--) {
                for (int slot = levelHead[ladder.levels[i]]; slot != NONE; slot = orderNext[slot]) {
                    orders.add(toRecord(slot));
                }
            }
        }
        return new BookSnapshot(rules, lastOrderId, orders);
    }

    @Override
    public void checkInvariants() {
        int counted = 0;
        for (Ladder ladder : new Ladder[] {bids, asks}) {
            for (int i = 0; i < ladder.count; i++) {
                int level = ladder.levels[i];
                long price = levelPrice[level];
                check(ladder.keys[i] == ladder.key(price), "level " + price + " filed under the wrong key");
                check(i == 0 || ladder.keys[i - 1] < ladder.keys[i], "levels out of price order at " + price);
                check(levelIsBid[level] == ladder.bid, "level " + price + " on the wrong side");
                check(rules.allowsPrice(price), "orders rest at " + price + ", which the rules forbid");
                long quantity = 0;
                int orders = 0;
                long previousId = 0;
                int previousSlot = NONE;
                for (int slot = levelHead[level]; slot != NONE; slot = orderNext[slot]) {
                    long id = orderIds[slot];
                    check(orderPrev[slot] == previousSlot, "order " + id + " has a broken back link");
                    check(orderLevel[slot] == level, "order " + id + " points at the wrong level");
                    check(orderRemaining[slot] > 0, "order " + id + " rests with nothing left");
                    check(id > previousId && id <= lastOrderId, "order " + id + " out of time order");
                    check(slotById.get(id) == slot, "order " + id + " missing from the index");
                    quantity += orderRemaining[slot];
                    orders++;
                    previousId = id;
                    previousSlot = slot;
                }
                check(orders > 0, "an empty level at " + price);
                check(levelTail[level] == previousSlot, "level " + price + " has the wrong tail");
                check(levelQuantity[level] == quantity && levelOrders[level] == orders, "level " + price + " has wrong totals");
                counted += orders;
            }
        }
        check(counted == slotById.size(), "the index holds " + slotById.size() + " orders, the levels " + counted);
        check(bids.count == 0 || asks.count == 0 || levelPrice[bids.best()] < levelPrice[asks.best()], "the book is crossed");
        int free = 0;
        for (int slot = freeOrder; slot != NONE; slot = orderNext[slot]) {
            free++;
        }
        check(free + counted == orderSlotsUsed, "order slots leak: " + free + " free, " + counted + " used of " + orderSlotsUsed);
    }

    private RestingOrder toRecord(int slot) {
        int level = orderLevel[slot];
        return new RestingOrder(orderIds[slot], orderOwners[slot], levelIsBid[level] ? Side.BUY : Side.SELL,
                levelPrice[level], orderRemaining[slot]);
    }

    private void rest(long orderId, long owner, boolean bid, long price, long quantity) {
        Ladder ladder = bid ? bids : asks;
        int level = ladder.levelAt(price);
        int slot = newOrderSlot();
        orderIds[slot] = orderId;
        orderOwners[slot] = owner;
        orderRemaining[slot] = quantity;
        orderLevel[slot] = level;
        orderNext[slot] = NONE;
        int tail = levelTail[level];
        orderPrev[slot] = tail;
        if (tail == NONE) {
            levelHead[level] = slot;
        } else {
            orderNext[tail] = slot;
        }
        levelTail[level] = slot;
        levelQuantity[level] += quantity;
        levelOrders[level]++;
        slotById.putNew(orderId, slot);
    }

    private void remove(int slot) {
        int level = orderLevel[slot];
        int prev = orderPrev[slot];
        int next = orderNext[slot];
        if (prev == NONE) {
            levelHead[level] = next;
        } else {
            orderNext[prev] = next;
        }
        if (next == NONE) {
            levelTail[level] = prev;
        } else {
            orderPrev[next] = prev;
        }
        levelQuantity[level] -= orderRemaining[slot];
        if (--levelOrders[level] == 0) {
            (levelIsBid[level] ? bids : asks).removeLevel(level);
        }
        slotById.remove(orderIds[slot]);
        orderNext[slot] = freeOrder;
        freeOrder = slot;
    }

    private int newOrderSlot() {
        if (freeOrder != NONE) {
            int slot = freeOrder;
            freeOrder = orderNext[slot];
            return slot;
        }
        if (orderSlotsUsed == orderIds.length) {
            int capacity = orderIds.length * 2;
            orderIds = Arrays.copyOf(orderIds, capacity);
            orderOwners = Arrays.copyOf(orderOwners, capacity);
            orderRemaining = Arrays.copyOf(orderRemaining, capacity);
            orderLevel = Arrays.copyOf(orderLevel, capacity);
            orderNext = Arrays.copyOf(orderNext, capacity);
            orderPrev = Arrays.copyOf(orderPrev, capacity);
        }
        return orderSlotsUsed++;
    }

    private int newLevel(long price, boolean bid) {
        int level;
        if (freeLevel != NONE) {
            level = freeLevel;
            freeLevel = levelHead[level];
        } else {
            if (levelSlotsUsed == levelPrice.length) {
                int capacity = levelPrice.length * 2;
                levelPrice = Arrays.copyOf(levelPrice, capacity);
                levelQuantity = Arrays.copyOf(levelQuantity, capacity);
                levelOrders = Arrays.copyOf(levelOrders, capacity);
                levelHead = Arrays.copyOf(levelHead, capacity);
                levelTail = Arrays.copyOf(levelTail, capacity);
                levelIsBid = Arrays.copyOf(levelIsBid, capacity);
            }
            level = levelSlotsUsed++;
        }
        levelPrice[level] = price;
        levelQuantity[level] = 0;
        levelOrders[level] = 0;
        levelHead[level] = NONE;
        levelTail[level] = NONE;
        levelIsBid[level] = bid;
        return level;
    }

    private void freeLevel(int level) {
        levelHead[level] = freeLevel;
        freeLevel = level;
    }

    private static void check(boolean holds, String broken) {
        if (!holds) {
            throw new IllegalStateException(broken);
        }
    }

    /**
     * One side's price levels, sorted by a key that grows towards the best price (the price for
     * bids, minus the price for asks), so the best level is always the last.
     */
    private final class Ladder {

        final boolean bid;
        long[] keys = new long[64];
        int[] levels = new int[64];
        int count;

        Ladder(boolean bid) {
            this.bid = bid;
        }

        /** The same levels in the book being made, whose level slots are copies of the original's. */
        Ladder(Ladder original) {
            bid = original.bid;
            keys = original.keys.clone();
            levels = original.levels.clone();
            count = original.count;
        }

        long key(long price) {
            return bid ? price : -price;
        }

        int best() {
            return levels[count - 1];
        }

        /** The level at this price, created if there is none. */
        int levelAt(long price) {
            long key = key(price);
            int index = search(key);
            if (index >= 0) {
                return levels[index];
            }
            int at = -index - 1;
            if (count == keys.length) {
                keys = Arrays.copyOf(keys, count * 2);
                levels = Arrays.copyOf(levels, count * 2);
            }
            System.arraycopy(keys, at, keys, at + 1, count - at);
            System.arraycopy(levels, at, levels, at + 1, count - at);
            int level = newLevel(price, bid);
            keys[at] = key;
            levels[at] = level;
            count++;
            return level;
        }

        void removeLevel(int level) {
            int at = count - 1;
            if (levels[at] != level) {
                at = search(key(levelPrice[level]));
                System.arraycopy(keys, at + 1, keys, at, count - at - 1);
                System.arraycopy(levels, at + 1, levels, at, count - at - 1);
            }
            count--;
            freeLevel(level);
        }

        /** The index of the key, or {@code -(insertion point) - 1}; checks the best end first. */
        private int search(long key) {
            if (count > 0 && keys[count - 1] < key) {
                return -count - 1;
            }
            int low = 0;
            int high = count - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long k = keys[mid];
                if (k < key) {
                    low = mid + 1;
                } else if (k > key) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -low - 1;
        }
    }
}
