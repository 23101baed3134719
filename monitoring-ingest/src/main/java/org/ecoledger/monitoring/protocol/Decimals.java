package org.ecoledger.monitoring.protocol;

import java.math.BigDecimal;

/** Exact decimals straight from the bytes: a value of {@code Nx.y} never passes through a double. */
final class Decimals {

    /** Up to 18 digits fit a long; longer or exponent forms take the slow path. */
    private static final int FAST_DIGITS = 18;
    /** Refuses forms like {@code 1E999999999}, whose plain string would be a gigabyte. */
    private static final int MAX_SCALE = 64;
    private static final int MAX_TEXT = 64;

    private Decimals() {
    }

    /** The decimal in {@code [start, end)}, or null if it is not one. */
    static BigDecimal parse(byte[] bytes, int start, int end) {
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
