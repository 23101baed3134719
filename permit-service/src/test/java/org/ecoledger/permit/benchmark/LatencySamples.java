package org.ecoledger.permit.benchmark;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, every one kept: a minute of commands is a few hundred thousand longs,
 * so exact percentiles cost less than a histogram dependency.
 */
final class LatencySamples {

    private long[] values = new long[4096];
    private int size;
    private boolean sorted = true;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
        sorted = false;
    }

    void addAll(LatencySamples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /** The nearest-rank percentile (100 is the maximum), in nanoseconds; 0 when nothing was recorded. */
    long percentile(double percent) {
        if (size == 0) {
            return 0;
        }
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
        int rank = (int) Math.ceil(percent / 100 * size);
        return values[Math.max(rank, 1) - 1];
    }
}
