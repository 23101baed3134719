package org.ecoledger.monitoring.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The items of CP in the order sent, duplicates and unknown codes included. Keys and values are
 * decoded on access: a packet is indexed once and read as far as its consumer needs.
 */
public final class CommandParameters {

    static final int STRIDE = 5;
    static final CommandParameters EMPTY = new CommandParameters(new byte[0], new int[0], 0);

    private final byte[] bytes;
    /**
     * Per item: keyStart, keyEnd, valueStart, valueEnd, and the last dash in the key (-1 if none)
     * with whether the item is another field of the previous item's factor (see {@link #put}).
     */
    private final int[] index;
    private final int size;

    CommandParameters(byte[] bytes, int[] index, int size) {
        this.bytes = bytes;
        this.index = index;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public String key(int item) {
        return decode(keyStart(item), keyEnd(item));
    }

    public String value(int item) {
        return decode(valueStart(item), valueEnd(item));
    }

    public List<CpItem> items() {
        List<CpItem> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(new CpItem(key(i), value(i)));
        }
        return items;
    }

    /** The value of the first item with this key (keys are case-sensitive). */
    public Optional<String> first(String key) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < size; i++) {
            if (keyEquals(i, wanted)) {
                return Optional.of(value(i));
            }
        }
        return Optional.empty();
    }

    /** Every value sent under this key, in order. */
    public List<String> all(String key) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        List<String> values = new ArrayList<>(1);
        for (int i = 0; i < size; i++) {
            if (keyEquals(i, wanted)) {
                values.add(value(i));
            }
        }
        return values;
    }

    byte[] bytes() {
        return bytes;
    }

    int keyStart(int item) {
        return index[item * STRIDE];
    }

    int keyEnd(int item) {
        return index[item * STRIDE + 1];
    }

    int valueStart(int item) {
        return index[item * STRIDE + 2];
    }

    int valueEnd(int item) {
        return index[item * STRIDE + 3];
    }

    /** Where the key's factor code ends and its suffix begins, or -1 if it has no suffix. */
    int dash(int item) {
        return dash(index, item * STRIDE);
    }

    boolean continuesFactor(int item) {
        return continuesFactor(index, item * STRIDE);
    }

    /** The items, {@link #STRIDE} ints each, for a reader that walks them all. */
    int[] index() {
        return index;
    }

    /** {@link #dash(int)} of the item at {@code at} in an index. */
    static int dash(int[] index, int at) {
        return (index[at + 4] >> 1) - 1;
    }

    static boolean continuesFactor(int[] index, int at) {
        return (index[at + 4] & 1) != 0;
    }

    /** Writes an item into an index of {@link #STRIDE} ints per item, which the caller has made room for. */
    static void put(int[] index, int item, int keyStart, int keyEnd, int valueStart, int valueEnd, int dash, boolean continuesFactor) {
        int at = item * STRIDE;
        index[at] = keyStart;
        index[at + 1] = keyEnd;
        index[at + 2] = valueStart;
        index[at + 3] = valueEnd;
        index[at + 4] = (dash + 1) << 1 | (continuesFactor ? 1 : 0);
    }

    private boolean keyEquals(int item, byte[] wanted) {
        return Arrays.equals(bytes, keyStart(item), keyEnd(item), wanted, 0, wanted.length);
    }

    private String decode(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommandParameters cp && items().equals(cp.items());
    }

    @Override
    public int hashCode() {
        return items().hashCode();
    }

    @Override
    public String toString() {
        return items().toString();
    }
}
