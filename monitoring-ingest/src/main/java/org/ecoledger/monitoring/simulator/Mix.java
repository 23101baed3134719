package org.ecoledger.monitoring.simulator;

/** SplitMix64: reproducible pseudo-random numbers from a seed and indices, without state. */
final class Mix {

    private Mix() {
    }

    static long hash(long seed, long a, long b) {
        long z = seed ^ (a * 0xBF58476D1CE4E5B9L) ^ (b * 0x94D049BB133111EBL) ^ 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A number in [0, 1). */
    static double fraction(long seed, long a, long b) {
        return (hash(seed, a, b) >>> 11) * 0x1.0p-53;
    }

    /** A number in [-1, 1). */
    static double signed(long seed, long a, long b) {
        return fraction(seed, a, b) * 2 - 1;
    }
}
