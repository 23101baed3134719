package org.ecoledger.trading.matching;

/**
 * A map from non-zero {@code long} keys to {@code int} values on open addressing with linear
 * probing, so that finding an order by ID allocates nothing. Deletion shifts the following entries
 * back instead of leaving tombstones, so a long-lived book with constant churn never degrades.
 * Public because the ledger indexes its open orders with it too.
 */
public final class LongIntMap {

    public static final int MISSING = -1;

    private long[] keys;
    private int[] values;
    private int shift;
    private int size;

    public LongIntMap(int expectedSize) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedSize) * 2 - 1) << 1;
        allocate(capacity);
    }

    private LongIntMap(LongIntMap original) {
        keys = original.keys.clone();
        values = original.values.clone();
        shift = original.shift;
        size = original.size;
    }

    /** An independent map with the same entries, in two array copies. */
    public LongIntMap copy() {
        return new LongIntMap(this);
    }

    public int size() {
        return size;
    }

    public int get(long key) {
        if (key == 0) {
            return MISSING;
        }
        int mask = keys.length - 1;
        for (int i = home(key); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return MISSING;
            }
        }
    }

    /** Adds a key that is not in the map. */
    public void putNew(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("0 is not a valid key");
        }
        if (2 * (size + 1) > keys.length) {
            rehash(keys.length * 2);
        }
        insert(key, value);
        size++;
    }

    /** Removes a key and returns its value, or {@link #MISSING}. */
    public int remove(long key) {
        if (key == 0) {
            return MISSING;
        }
        int mask = keys.length - 1;
        int i = home(key);
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
        int removed = values[i];
        int gap = i;
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            // An entry may move back into the gap only if its home is not after the gap on its probe path.
            if (((j - home(keys[j])) & mask) >= ((j - gap) & mask)) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        keys[gap] = 0;
        size--;
        return removed;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int i = home(key);
        while (keys[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(capacity);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
    }
}
