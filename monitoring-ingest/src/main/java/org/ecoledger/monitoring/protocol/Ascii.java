package org.ecoledger.monitoring.protocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Byte-level helpers for the parsers. Delimiters are ASCII, and no byte of a multi-byte UTF-8
 * character is below 0x80, so the data segment can be scanned as bytes before anything is decoded.
 *
 * <p>Searches for delimiters look at eight bytes per step as one long (SWAR): a byte-at-a-time
 * loop with several comparisons per byte, and a mispredicted exit per token, cost more than the
 * rest of the parse.
 */
final class Ascii {

    /** Eight bytes at a time, the first in the lowest bits. */
    private static final VarHandle LITTLE_ENDIAN_LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long SEMICOLONS = ONES * ';';
    private static final long ZEROS = ONES * '0';
    /** Added to a byte's low seven bits, carries into its high bit when they are above 9. */
    private static final long ABOVE_NINE = 0x7676767676767676L;
    private static final long COMMAS = ONES * ',';

    /** Data flags and similar one-letter values, shared rather than allocated per packet. */
    private static final String[] SINGLE_CHARACTERS = new String[128];

    static {
        for (char c = 0; c < SINGLE_CHARACTERS.length; c++) {
            SINGLE_CHARACTERS[c] = String.valueOf(c).intern();
        }
    }

    private Ascii() {
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t';
    }

    static int skipSpaces(byte[] bytes, int pos, int end) {
        while (pos < end && isSpace(bytes[pos])) {
            pos++;
        }
        return pos;
    }

    /** The end of {@code [start, end)} without its trailing spaces. */
    static int trimEnd(byte[] bytes, int start, int end) {
        while (end > start && isSpace(bytes[end - 1])) {
            end--;
        }
        return end;
    }

    static boolean isPair(byte[] bytes, int pos, int end, byte pairOf) {
        return pos + 1 < end && bytes[pos] == pairOf && bytes[pos + 1] == pairOf;
    }

    /** Where the next {@code pairOf pairOf} starts in {@code [from, end)}, or -1. */
    static int indexOfPair(byte[] bytes, int from, int end, byte pairOf) {
        for (int i = from; i + 1 < end; i++) {
            if (bytes[i] == pairOf && bytes[i + 1] == pairOf) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOfPair(byte[] bytes, int from, int end, byte pairOf) {
        for (int i = end - 2; i >= from; i--) {
            if (bytes[i] == pairOf && bytes[i + 1] == pairOf) {
                return i;
            }
        }
        return -1;
    }

    static boolean equals(byte[] bytes, int start, int end, byte[] expected) {
        if (end - start != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[start + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean regionEquals(byte[] bytes, int startA, int endA, int startB, int endB) {
        int length = endA - startA;
        if (length != endB - startB) {
            return false;
        }
        if (length < 8 && Math.max(startA, startB) + 8 <= bytes.length) {
            return ((word(bytes, startA) ^ word(bytes, startB)) & lowBytes(length)) == 0;
        }
        for (int i = 0; i < length; i++) {
            if (bytes[startA + i] != bytes[startB + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code ;}, {@code ,}, {@code a} or {@code b} in {@code [from, end)}, or end. Words may
     * be read past end, never past the array.
     */
    static int indexOfSeparatorOr(byte[] bytes, int from, int end, byte a, byte b) {
        long as = ONES * (a & 0xFF);
        long bs = ONES * (b & 0xFF);
        int i = from;
        for (; i < end && i + 8 <= bytes.length; i += 8) {
            long word = word(bytes, i);
            long found = lanesEqual(word, SEMICOLONS) | lanesEqual(word, COMMAS) | lanesEqual(word, as) | lanesEqual(word, bs);
            if (found != 0) {
                return Math.min(end, i + (Long.numberOfTrailingZeros(found) >>> 3));
            }
        }
        for (; i < end; i++) {
            byte c = bytes[i];
            if (c == ';' || c == ',' || c == a || c == b) {
                return i;
            }
        }
        return end;
    }

    /** The eight bytes from {@code index}, the first in the lowest bits; the caller checks the bounds. */
    static long word(byte[] bytes, int index) {
        return (long) LITTLE_ENDIAN_LONGS.get(bytes, index);
    }

    /** A mask of the lowest {@code count} bytes of a word, count from 0 to 7. */
    static long lowBytes(int count) {
        return (1L << (count << 3)) - 1;
    }

    /**
     * The high bit of each byte of {@code word} that equals the byte repeated in {@code pattern}. Bits
     * above the lowest set one may be false (a borrow runs up from a match), so only the lowest counts.
     */
    private static long lanesEqual(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /** Each byte's value as a digit: '0' to '9' become 0 to 9, anything else 10 or more. */
    static long digitLanes(long word) {
        return word ^ ZEROS;
    }

    /** The high bit of every byte of {@link #digitLanes} that is not a digit, 0 to 9; exact, no carry runs between bytes. */
    static long notDigits(long lanes) {
        return (((lanes & LOW_SEVEN_BITS) + ABOVE_NINE) | lanes) & HIGH_BITS;
    }

    /** The high bit of every byte of {@code word} that is zero, exactly: no borrow runs between bytes. */
    static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | word | LOW_SEVEN_BITS);
    }

    /** A non-negative number of at most 9 decimal digits, or -1. */
    static int parseDigits(byte[] bytes, int start, int end) {
        if (start == end || end - start > 9) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    static String decode(byte[] bytes, int start, int end) {
        if (end - start == 1 && bytes[start] >= 0) {
            return SINGLE_CHARACTERS[bytes[start]];
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
}
