package org.ecoledger.monitoring.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level helpers for the parsers. Delimiters are ASCII, and no byte of a multi-byte UTF-8
 * character is below 0x80, so the data segment can be scanned as bytes before anything is decoded.
 */
final class Ascii {

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
        for (int i = 0; i < length; i++) {
            if (bytes[startA + i] != bytes[startB + i]) {
                return false;
            }
        }
        return true;
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
