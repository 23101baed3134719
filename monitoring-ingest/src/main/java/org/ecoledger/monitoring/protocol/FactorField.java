package org.ecoledger.monitoring.protocol;

import java.util.Arrays;

/** The per-factor suffixes with a typed place in {@link FactorValues}. */
enum FactorField {
    RTD("Rtd", true),
    MIN("Min", true),
    AVG("Avg", true),
    MAX("Max", true),
    ZS_RTD("ZsRtd", true),
    ZS_MIN("ZsMin", true),
    ZS_AVG("ZsAvg", true),
    ZS_MAX("ZsMax", true),
    COU("Cou", true),
    FLAG("Flag", false),
    EFLAG("EFlag", false),
    SAMPLE_TIME("SampleTime", false);

    static final int COUNT = values().length;
    private static final FactorField[] ALL = values();

    static {
        for (FactorField field : ALL) {
            if (field.decimal != isDecimal(field.ordinal())) {
                throw new ExceptionInInitializerError("the decimal fields must come first: " + field);
            }
        }
    }

    private final byte[] suffix;
    private final boolean decimal;

    FactorField(String suffix, boolean decimal) {
        this.suffix = Ascii.bytes(suffix);
        this.decimal = decimal;
    }

    boolean isDecimal() {
        return decimal;
    }

    /** As {@link #isDecimal()} for the field of this ordinal: the decimal fields come first. */
    static boolean isDecimal(int ordinal) {
        return ordinal <= COU.ordinal();
    }

    /** The ordinal of the field whose suffix is {@code [start, end)} (case-sensitive), or -1. */
    static int ordinalOf(byte[] bytes, int start, int end) {
        int length = end - start;
        if (length > 0 && length <= Lookup.LONGEST_PACKED && start + Long.BYTES <= bytes.length) {
            long key = Lookup.pack(Ascii.word(bytes, start), length);
            int slot = Lookup.slot(key);
            return Lookup.KEYS[slot] == key ? Lookup.ORDINALS[slot] : -1;
        }
        for (FactorField field : ALL) {
            if (Ascii.equals(bytes, start, end, field.suffix)) {
                return field.ordinal();
            }
        }
        return -1;
    }

    /**
     * A perfect hash of the suffixes up to seven bytes, which is every one but SampleTime: read per
     * value, so one multiplication and one comparison rather than a chain of branches.
     */
    private static final class Lookup {

        static final int LONGEST_PACKED = 7;
        private static final int SLOT_BITS = 6;
        private static final long[] KEYS = new long[1 << SLOT_BITS];
        private static final byte[] ORDINALS = new byte[1 << SLOT_BITS];
        private static final long MULTIPLIER = collisionFreeMultiplier();

        static {
            for (FactorField field : values()) {
                if (field.suffix.length <= LONGEST_PACKED) {
                    long key = packed(field.suffix);
                    KEYS[slot(key)] = key;
                    ORDINALS[slot(key)] = (byte) field.ordinal();
                }
            }
        }

        /** The bytes and the length in one long; equal for equal suffixes only. */
        static long pack(long word, int length) {
            return word & Ascii.lowBytes(length) | (long) length << 56;
        }

        static int slot(long key) {
            return (int) ((key * MULTIPLIER) >>> (Long.SIZE - SLOT_BITS));
        }

        private static long packed(byte[] suffix) {
            byte[] padded = Arrays.copyOf(suffix, Long.BYTES);
            return pack(Ascii.word(padded, 0), suffix.length);
        }

        /** The first odd multiplier, in a fixed sequence, that gives every short suffix a slot of its own. */
        private static long collisionFreeMultiplier() {
            long candidate = 0x9E3779B97F4A7C15L;
            for (int attempt = 0; attempt < 1000; attempt++, candidate += 0x632BE59BD9B4E01AL) {
                long multiplier = candidate | 1;
                long used = 0;
                boolean free = true;
                for (FactorField field : values()) {
                    if (field.suffix.length <= LONGEST_PACKED) {
                        int slot = (int) ((packed(field.suffix) * multiplier) >>> (Long.SIZE - SLOT_BITS));
                        free &= (used & 1L << slot) == 0;
                        used |= 1L << slot;
                    }
                }
                if (free) {
                    return multiplier;
                }
            }
            throw new IllegalStateException("no collision-free multiplier for the factor suffixes");
        }
    }
}
