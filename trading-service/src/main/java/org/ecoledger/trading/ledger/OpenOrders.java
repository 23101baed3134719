package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.ecoledger.trading.matching.LongIntMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The orders still resting in the ledger's books, by their sequence. They sit in slots of plain
 * arrays found through a {@link LongIntMap}, so that a snapshot copies a hundred thousand of them
 * in a few array copies while the ledger waits: a {@code HashMap} was copied entry by entry, 13 to
 * 34 ms at that size. A snapshot holds them as a map from sequence to order, in sequence order.
 */
final class OpenOrders {

    private static final int FIRST_LENGTH = 64;

    private final LongIntMap slotBySequence;
    private long[] sequences;
    private OpenOrder[] orders;
    /** Slots freed by removals, reused before the arrays grow. */
    private int[] freeSlots;
    private int freeCount;
    private int slotsUsed;

    OpenOrders() {
        this(new LongIntMap(FIRST_LENGTH), new long[FIRST_LENGTH], new OpenOrder[FIRST_LENGTH], new int[FIRST_LENGTH], 0, 0);
    }

    private OpenOrders(LongIntMap slotBySequence, long[] sequences, OpenOrder[] orders, int[] freeSlots, int freeCount, int slotsUsed) {
        this.slotBySequence = slotBySequence;
        this.sequences = sequences;
        this.orders = orders;
        this.freeSlots = freeSlots;
        this.freeCount = freeCount;
        this.slotsUsed = slotsUsed;
    }

    @JsonCreator
    static OpenOrders of(Map<Long, OpenOrder> bySequence) {
        OpenOrders open = new OpenOrders();
        bySequence.forEach(open::put);
        return open;
    }

    /** The order resting with this sequence, or null. */
    OpenOrder get(long sequence) {
        int slot = slotBySequence.get(sequence);
        return slot == LongIntMap.MISSING ? null : orders[slot];
    }

    /** Adds an order or replaces the one with the same sequence. */
    void put(long sequence, OpenOrder order) {
        // an empty slot is what marks a free one, so a null order would rest unseen by every walk over the slots
        Objects.requireNonNull(order, "order");
        int slot = slotBySequence.get(sequence);
        if (slot == LongIntMap.MISSING) {
            slot = freeCount > 0 ? freeSlots[--freeCount] : newSlot();
            slotBySequence.putNew(sequence, slot);
            sequences[slot] = sequence;
        }
        orders[slot] = order;
    }

    /** Removes an order and returns it, or null if none rests with this sequence. */
    OpenOrder remove(long sequence) {
        int slot = slotBySequence.remove(sequence);
        if (slot == LongIntMap.MISSING) {
            return null;
        }
        OpenOrder removed = orders[slot];
        orders[slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
        return removed;
    }

    int size() {
        return slotBySequence.size();
    }

    /** The sequences of the orders that match, in sequence (time) order. */
    List<Long> sequencesWhere(Predicate<OpenOrder> condition) {
        List<Long> matching = new ArrayList<>();
        for (int slot = 0; slot < slotsUsed; slot++) {
            if (orders[slot] != null && condition.test(orders[slot])) {
                matching.add(sequences[slot]);
            }
        }
        matching.sort(null);
        return matching;
    }

    List<OpenOrder> values() {
        List<OpenOrder> values = new ArrayList<>(size());
        for (int slot = 0; slot < slotsUsed; slot++) {
            if (orders[slot] != null) {
                values.add(orders[slot]);
            }
        }
        return values;
    }

    /** A copy that no later change to either reaches; the orders themselves are immutable and shared. */
    OpenOrders copy() {
        return new OpenOrders(slotBySequence.copy(), sequences.clone(), orders.clone(), freeSlots.clone(), freeCount, slotsUsed);
    }

    @JsonValue
    Map<Long, OpenOrder> bySequence() {
        long[] inOrder = new long[size()];
        int count = 0;
        for (int slot = 0; slot < slotsUsed; slot++) {
            if (orders[slot] != null) {
                inOrder[count++] = sequences[slot];
            }
        }
        Arrays.sort(inOrder);
        Map<Long, OpenOrder> map = new LinkedHashMap<>(inOrder.length * 4 / 3 + 1);
        for (long sequence : inOrder) {
            map.put(sequence, get(sequence));
        }
        return map;
    }

    private int newSlot() {
        if (slotsUsed == orders.length) {
            sequences = Arrays.copyOf(sequences, slotsUsed * 2);
            orders = Arrays.copyOf(orders, slotsUsed * 2);
        }
        return slotsUsed++;
    }

    @Override
    public String toString() {
        return size() + " open orders";
    }
}
