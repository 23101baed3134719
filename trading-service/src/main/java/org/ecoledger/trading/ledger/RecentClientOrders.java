package org.ecoledger.trading.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An enterprise's most recent client order IDs and the orders they placed, at most a given number,
 * the oldest forgotten first. They are kept in two arrays used as a ring. A copy for a snapshot
 * shares the arrays, and whichever side writes next copies them first, so the ledger never waits
 * for a million remembered IDs to be copied; the first order of each enterprise after a snapshot
 * pays for its own ten thousand. The index that finds an ID is built from the arrays when first
 * needed. A snapshot holds them as a map from client order ID to order, oldest first, written
 * straight from the arrays ({@link Writer}).
 */
@JsonSerialize(using = RecentClientOrders.Writer.class)
final class RecentClientOrders {

    private static final int FIRST_LENGTH = 16;

    private final int capacity;
    private String[] clientOrderIds;
    private long[] orders;
    /** Where the oldest is; stays 0 until the ring is full. */
    private int oldest;
    private int size;
    /** Whether the arrays are shared with a copy, so that they must be copied before a write. */
    private boolean shared;
    /** Client order ID to its place in the arrays. */
    private HashMap<String, Integer> index;

    RecentClientOrders(int capacity) {
        this(capacity, new String[Math.min(FIRST_LENGTH, capacity)], new long[Math.min(FIRST_LENGTH, capacity)], 0, 0);
    }

    private RecentClientOrders(int capacity, String[] clientOrderIds, long[] orders, int oldest, int size) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one client order ID must be remembered");
        }
        this.capacity = capacity;
        this.clientOrderIds = clientOrderIds;
        this.orders = orders;
        this.oldest = oldest;
        this.size = size;
    }

    /** As a snapshot holds them: client order ID to order, oldest first. */
    @JsonCreator
    static RecentClientOrders of(Map<String, Long> oldestFirst) {
        RecentClientOrders recent = new RecentClientOrders(TradingLedger.REMEMBERED_CLIENT_ORDER_IDS);
        oldestFirst.forEach(recent::remember);
        return recent;
    }

    /** The order placed with this client order ID, or null if there was none among the most recent. */
    Long orderOf(String clientOrderId) {
        Integer place = index().get(clientOrderId);
        return place == null ? null : orders[place];
    }

    void remember(String clientOrderId, long order) {
        Integer known = index().get(clientOrderId);
        if (shared) {
            clientOrderIds = clientOrderIds.clone();
            orders = orders.clone();
            shared = false;
        }
        if (known != null) {
            orders[known] = order;
            return;
        }
        int place;
        if (size == capacity) {
            place = oldest;
            index.remove(clientOrderIds[place]);
            oldest = (oldest + 1) % capacity;
        } else {
            if (size == clientOrderIds.length) {
                int length = Math.min(capacity, size * 2);
                clientOrderIds = Arrays.copyOf(clientOrderIds, length);
                orders = Arrays.copyOf(orders, length);
            }
            place = size++;
        }
        clientOrderIds[place] = clientOrderId;
        orders[place] = order;
        index.put(clientOrderId, place);
    }

    /** A copy that no later change to either reaches: the arrays are shared until one of them writes. */
    RecentClientOrders copy() {
        shared = true;
        RecentClientOrders copy = new RecentClientOrders(capacity, clientOrderIds, orders, oldest, size);
        copy.shared = true;
        return copy;
    }

    Map<String, Long> oldestFirst() {
        Map<String, Long> map = new LinkedHashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            int place = (oldest + i) % capacity;
            map.put(clientOrderIds[place], orders[place]);
        }
        return map;
    }

    private HashMap<String, Integer> index() {
        if (index == null) {
            index = new HashMap<>(Math.max(FIRST_LENGTH, size * 4 / 3 + 1));
            for (int i = 0; i < size; i++) {
                index.put(clientOrderIds[i], i);
            }
        }
        return index;
    }

    /**
     * Writes the map a snapshot holds from the arrays themselves. Built as a map first, a ledger's
     * million remembered IDs became a million map entries and boxed orders for every snapshot, and
     * that and the generic map serializer were more than a quarter of the snapshot thread's time.
     */
    static final class Writer extends StdSerializer<RecentClientOrders> {

        Writer() {
            super(RecentClientOrders.class);
        }

        @Override
        public void serialize(RecentClientOrders recent, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject(recent, recent.size);
            for (int i = 0; i < recent.size; i++) {
                int place = (recent.oldest + i) % recent.capacity;
                json.writeFieldName(recent.clientOrderIds[place]);
                json.writeNumber(recent.orders[place]);
            }
            json.writeEndObject();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecentClientOrders that && capacity == that.capacity && oldestFirst().equals(that.oldestFirst());
    }

    @Override
    public int hashCode() {
        return oldestFirst().hashCode();
    }

    @Override
    public String toString() {
        return size + " recent client order IDs";
    }
}
