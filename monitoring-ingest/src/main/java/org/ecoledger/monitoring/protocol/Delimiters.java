package org.ecoledger.monitoring.protocol;

/**
 * Where the delimiters {@code ; , = &} are in a segment: one bit per byte, worked out eight bytes a
 * step with no branch per byte, before the items are read. Finding the next delimiter is then a
 * few instructions on a bit set. Scanning the bytes from the previous delimiter instead makes each
 * search wait for the one before it, a chain of dependent loads that took about half the time of
 * reading CP. Bytes outside {@code [from, end)} are never marked; a byte of a multi-byte UTF-8
 * character is never a delimiter.
 */
final class Delimiters {

    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long ONES = 0x0101010101010101L;
    private static final long SEMICOLONS = ONES * ';';
    private static final long COMMAS = ONES * ',';
    private static final long EQUALS = ONES * '=';
    private static final long AMPERSANDS = ONES * '&';
    /** Moves the lowest bit of each byte to bit 56 + its byte's index (see {@link #gather}). */
    private static final long GATHER = 0x0102040810204080L;
    private static final int BLOCK = Long.SIZE;

    private final long[] blocks;
    private final int from;
    private final int end;

    Delimiters(byte[] bytes, int from, int end) {
        this.from = from;
        this.end = end;
        this.blocks = new long[Math.max(0, end - from) / BLOCK + 1];
        int block = 0;
        int start = from;
        // Whole blocks of 64 bytes, with room in the array to read each as eight words.
        for (; end - start >= BLOCK && start + BLOCK <= bytes.length; start += BLOCK) {
            // Eight words that do not depend on one another, worked on side by side.
            blocks[block++] = marks(Ascii.word(bytes, start))
                    | marks(Ascii.word(bytes, start + 8)) << 8
                    | marks(Ascii.word(bytes, start + 16)) << 16
                    | marks(Ascii.word(bytes, start + 24)) << 24
                    | marks(Ascii.word(bytes, start + 32)) << 32
                    | marks(Ascii.word(bytes, start + 40)) << 40
                    | marks(Ascii.word(bytes, start + 48)) << 48
                    | marks(Ascii.word(bytes, start + 56)) << 56;
        }
        for (; start < end; start += BLOCK) {
            blocks[block++] = partialBlock(bytes, start, end);
        }
    }

    /** The first delimiter in {@code [at, end)}, or end if there is none; {@code at} is at least from. */
    int next(int at) {
        int offset = at - from;
        int block = offset >>> 6;
        if (block >= blocks.length) {
            return end;
        }
        long bits = blocks[block] & (-1L << offset);
        while (bits == 0) {
            if (++block == blocks.length) {
                return end;
            }
            bits = blocks[block];
        }
        return from + (block << 6) + Long.numberOfTrailingZeros(bits);
    }

    /**
     * Bit i of block b is set when byte {@code from() + 64 b + i} is a delimiter, for a reader that
     * takes the delimiters in turn; never to be changed.
     */
    long[] blocks() {
        return blocks;
    }

    int from() {
        return from;
    }

    /** How many delimiters there are from {@code at} (at least from) on. */
    int countFrom(int at) {
        int offset = at - from;
        int block = offset >>> 6;
        if (block >= blocks.length) {
            return 0;
        }
        int count = Long.bitCount(blocks[block] & (-1L << offset));
        while (++block < blocks.length) {
            count += Long.bitCount(blocks[block]);
        }
        return count;
    }

    /** A block that ends at {@code end} or runs to the end of the array: word by word where it can, else byte by byte. */
    private static long partialBlock(byte[] bytes, int start, int end) {
        long bits = 0;
        int blockEnd = Math.min(end, start + BLOCK);
        int at = start;
        for (; at < blockEnd && at + Long.BYTES <= bytes.length; at += Long.BYTES) {
            long lanes = marks(Ascii.word(bytes, at));
            if (blockEnd - at < Long.BYTES) {
                lanes &= (1L << (blockEnd - at)) - 1;
            }
            bits |= lanes << (at - start);
        }
        for (; at < blockEnd; at++) {
            if (isDelimiter(bytes[at])) {
                bits |= 1L << (at - start);
            }
        }
        return bits;
    }

    /** One bit per byte of the word, the first byte lowest: set where the byte is a delimiter. */
    static long marks(long word) {
        // Per byte, its low seven bits XOR a delimiter, plus 0x7F: the high bit is clear exactly where
        // they match, and no carry crosses a byte. A byte with its own high bit set is no delimiter.
        long low = word & LOW_SEVEN_BITS;
        long differs = ((low ^ SEMICOLONS) + LOW_SEVEN_BITS)
                & ((low ^ COMMAS) + LOW_SEVEN_BITS)
                & ((low ^ EQUALS) + LOW_SEVEN_BITS)
                & ((low ^ AMPERSANDS) + LOW_SEVEN_BITS);
        return gather(~(differs | word) & ~LOW_SEVEN_BITS);
    }

    /**
     * The high bit of each byte as eight bits, the first byte lowest. Shifted down to bit 8i, byte
     * i's bit is multiplied up to bit 56 + i; every other product lands elsewhere and none carries.
     */
    private static long gather(long highBits) {
        return ((highBits >>> 7) * GATHER) >>> 56;
    }

    static boolean isDelimiter(byte b) {
        return b == ';' || b == ',' || b == '=' || b == '&';
    }
}
