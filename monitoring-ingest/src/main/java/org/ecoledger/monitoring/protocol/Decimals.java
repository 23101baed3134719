package org.ecoledger.monitoring.protocol;

import java.math.BigDecimal;

/** Exact decimals straight from the bytes: a value of {@code Nx.y} never passes through a double. */
final class Decimals {

    /** Up to 18 digits fit a long; longer or exponent forms take the slow path. */
    private static final int FAST_DIGITS = 18;
    /** Refuses forms like {@code 1E999999999}, whose plain string would be a gigabyte. */
    private static final int MAX_SCALE = 64;
    private static final int MAX_TEXT = 64;
    /** What {@link #parseShort} gives for a value it does not read. */
    private static final int NOT_SHORT = -1;
    /** A short value is packed as its unscaled value (up to 99999999, 27 bits), its sign and its scale (0 to 7). */
    private static final int SHORT_UNSCALED_SHIFT = 4;
    private static final int SHORT_NEGATIVE = 1 << 3;
    private static final int SHORT_SCALE = SHORT_NEGATIVE - 1;
    /** A point, as {@link Ascii#digitLanes} gives it. */
    private static final long POINTS = 0x1E1E1E1E1E1E1E1EL;

    private Decimals() {
    }

    /**
     * The decimal in {@code [start, end)} as an int, for the common short form: a sign, then at most
     * eight digits and a point, read as one word with no loop and no branch per byte.
     * {@link #NOT_SHORT} for anything else, which the loop in {@link #parse} then judges.
     */
    private static int parseShort(byte[] bytes, int start, int end) {
        boolean negative = start < end && bytes[start] == '-';
        int i = negative || (start < end && bytes[start] == '+') ? start + 1 : start;
        int length = end - i;
        if (length == 0 || length > Long.BYTES || i + Long.BYTES > bytes.length) {
            return NOT_SHORT;
        }
        long inValue = length == Long.BYTES ? -1L : Ascii.lowBytes(length);
        // '0' to '9' become 0 to 9, '.' becomes 0x1E, and bytes past the value 0.
        long lanes = Ascii.digitLanes(Ascii.word(bytes, i)) & inValue;
        long points = Ascii.zeroBytes(lanes ^ POINTS) & inValue;
        long notDigits = Ascii.notDigits(lanes);
        if ((notDigits & ~points) != 0 || Long.bitCount(points) > 1 || (points != 0 && length == 1)) {
            return NOT_SHORT;
        }
        int digits = length;
        int scale = 0;
        if (points != 0) {
            int point = Long.numberOfTrailingZeros(points) >>> 3;
            long before = Ascii.lowBytes(point);
            lanes = (lanes & before) | ((lanes >>> 8) & ~before);
            digits--;
            scale = digits - point;
        }
        // The first digit is the lowest byte: shift the digits up so that the leading lanes are zeros.
        long value = lanes << ((Long.BYTES - digits) << 3);
        value = (value * 2561) >>> 8;
        value = ((value & 0x00FF00FF00FF00FFL) * 6553601) >>> 16;
        value = ((value & 0x0000FFFF0000FFFFL) * 42949672960001L) >>> 32;
        return (int) value << SHORT_UNSCALED_SHIFT | (negative ? SHORT_NEGATIVE : 0) | scale;
    }

    /** The value of a {@link #parseShort} result other than {@link #NOT_SHORT}. */
    private static BigDecimal ofShort(int parsed) {
        long unscaled = parsed >>> SHORT_UNSCALED_SHIFT;
        return BigDecimal.valueOf((parsed & SHORT_NEGATIVE) != 0 ? -unscaled : unscaled, parsed & SHORT_SCALE);
    }

    /** The decimal in {@code [start, end)}, or null if it is not one. */
    static BigDecimal parse(byte[] bytes, int start, int end) {
        int parsed = parseShort(bytes, start, end);
        if (parsed != NOT_SHORT) {
            return ofShort(parsed);
        }
        int i = start;
        boolean negative = false;
        if (i < end && (bytes[i] == '-' || bytes[i] == '+')) {
            negative = bytes[i] == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        for (; i < end; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                if (++digits > FAST_DIGITS) {
                    return slowParse(bytes, start, end);
                }
                unscaled = unscaled * 10 + (b - '0');
                if (point) {
                    scale++;
                }
            } else if (b == '.' && !point) {
                point = true;
            } else {
                return slowParse(bytes, start, end);
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }

    private static BigDecimal slowParse(byte[] bytes, int start, int end) {
        if (end - start > MAX_TEXT) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(Ascii.decode(bytes, start, end));
            return Math.abs(value.scale()) <= MAX_SCALE ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
